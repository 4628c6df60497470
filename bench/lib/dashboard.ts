/** What every dashboard measurement shares (bench/run.ts, bench/profile-dashboard.ts, bench/trace-dashboard-commands.ts). */
import type { Seeder } from './seed.js';

/**
 * The alliance dashboard query: alliance, lead, member counts, first 50 members with their organizations, training
 * bases with a week's availability, eligibility against a program. Variables: id, programId, from, to (UTC).
 */
export const DASHBOARD = `query Dashboard($id: ID!, $programId: ID!, $from: DateTime!, $to: DateTime!) {
  alliance(id: $id) {
    id name status
    lead { id name kind }
    memberCounts { total schools enterprises distinctSchoolTypes }
    members(first: 50, status: ACTIVE) { totalCount edges { node { id role joinedAt organization { id name kind schoolType } } } }
    trainingBases(first: 10) { edges { node { id name capacity availability(from: $from, to: $to) { start end remaining } } } }
    eligibility(programId: $programId) { eligible shortfall criteria { kind required actual passed } }
  }
}`;

/**
 * A city funder (region 450200) and its alliance award program with the dashboard's five criteria (10 schools of 2
 * types, 10 enterprises, alliance active, lead in good standing; award ¥1,000,000.00). Returns the program's id.
 */
export async function seedDashboardProgram(seeder: Seeder, p: { code: string; name: string; funderName: string }): Promise<string> {
  const funder = await seeder.call<{ id: string }>('organizations.register', { name: p.funderName, kind: 'GOVERNMENT', creditCode: seeder.creditCode('11'), regionCode: '450200' });
  const program = await seeder.call<{ id: string }>('grants.createProgram', {
    code: p.code,
    name: p.name,
    regionCode: '450200',
    awardAmount: { amount: '1000000.00', currency: 'CNY' },
    funderOrganizationId: funder.id,
    criteria: [{ kind: 'MIN_SCHOOLS', threshold: 10 }, { kind: 'MIN_DISTINCT_SCHOOL_TYPES', threshold: 2 }, { kind: 'MIN_ENTERPRISES', threshold: 10 }, { kind: 'ALLIANCE_ACTIVE' }, { kind: 'LEAD_IN_GOOD_STANDING' }],
  });
  return program.id;
}
