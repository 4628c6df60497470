/** Training-base data for the benchmark: a base per alliance, a semester of weekly bookings, a busy week. */
import type { Seeder } from './seed.js';

const TZ = 'Asia/Shanghai';
const OFFSET_MS = 8 * 3_600_000; // Asia/Shanghai, no DST

/** Next week (Monday 00:00 to the following Monday, Shanghai time) as UTC instants. */
export function weekWindow(now = Date.now()): { from: string; to: string; mondayMs: number } {
  const local = new Date(now + OFFSET_MS);
  const dow = (local.getUTCDay() + 6) % 7; // 0 = Monday
  const mondayLocal = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - dow + 7);
  const mondayMs = mondayLocal - OFFSET_MS;
  return { from: new Date(mondayMs).toISOString(), to: new Date(mondayMs + 7 * 86_400_000).toISOString(), mondayMs };
}

const iso = (ms: number) => new Date(ms).toISOString();

export interface BenchBase {
  baseId: string;
}

export async function seedBase(
  seeder: Seeder,
  a: { allianceId: string; leadId: string; memberIds: string[] },
  opts: { bookingsThisWeek: number; semesterWeeks: number; capacity?: number },
): Promise<BenchBase> {
  const base = await seeder.call<{ id: string }>('trainingBases.create', {
    allianceId: a.allianceId,
    hostOrganizationId: a.leadId,
    name: `实训中心 ${a.allianceId.slice(-6)}`,
    timeZone: TZ,
    capacity: opts.capacity ?? 40,
    openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '08:00', closes: '20:00' })),
  });
  const { mondayMs } = weekWindow();
  const orgs = [a.leadId, ...a.memberIds];
  // A semester: weekly Tuesday-morning sessions for a few members (weekly series, all-or-nothing).
  if (opts.semesterWeeks > 0) {
    const until = new Date(mondayMs + OFFSET_MS + opts.semesterWeeks * 7 * 86_400_000).toISOString().slice(0, 10);
    for (let i = 0; i < Math.min(4, orgs.length); i++) {
      const start = mondayMs + 86_400_000 + (i % 2 ? 10 : 8) * 3_600_000; // Tuesday 08:00 / 10:00 local
      await seeder.call('trainingBases.book', { baseId: base.id, organizationId: orgs[i], start: iso(start), end: iso(start + 2 * 3_600_000), headcount: 2, purpose: 'COURSE', recurrence: { until } });
    }
  }
  if (opts.bookingsThisWeek > 0) await bookWeek(seeder, { baseId: base.id }, a, opts.bookingsThisWeek);
  return { baseId: base.id };
}

/** `n` one-hour bookings of one station at random open quarter-hours of next week. */
export async function bookWeek(seeder: Seeder, base: BenchBase, a: { leadId: string; memberIds: string[] }, n: number): Promise<void> {
  const { mondayMs } = weekWindow();
  const orgs = [a.leadId, ...a.memberIds];
  const jobs: Promise<unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const day = Math.floor(seeder.rand() * 7);
    const quarter = Math.floor(seeder.rand() * 44); // 08:00 … 18:45 start, one hour long, closes 20:00
    const start = mondayMs + day * 86_400_000 + 8 * 3_600_000 + quarter * 15 * 60_000;
    jobs.push(seeder.call('trainingBases.book', { baseId: base.baseId, organizationId: orgs[i % orgs.length], start: iso(start), end: iso(start + 3_600_000), headcount: 1, purpose: 'TRAINING' }));
    if (jobs.length >= 8) await Promise.all(jobs.splice(0));
  }
  await Promise.all(jobs);
}
