/**
 * Benchmark data, seeded with a fixed random seed. Small, rule-bearing things (alliances, programs, bases,
 * agreements) are created through the services' own actions; bulk rows (thousands of organizations and
 * memberships, revenue events) are inserted with the services' own mongoose models in batches, because
 * the emulator's cost per command grows with collection size and one request per row would take hours.
 */
import mongoose, { Types, type Connection } from 'mongoose';
import type { ServiceBroker } from 'moleculer';
import { databaseName } from '../../infra/mongo.mixin.js';
import { asSystem } from '../../infra/caller.js';
import { organizationModels } from '../../services/organizations/organizations.model.js';
import { allianceModels } from '../../services/alliances/alliances.model.js';
import { SCHOOL_TYPES, withCheckCharacter } from '../../services/organizations/organizations.contract.js';
import { rng } from './stats.js';

const CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

export class Seeder {
  private conns: Connection[] = [];
  private counter = 0;
  readonly rand: () => number;

  constructor(
    readonly broker: ServiceBroker,
    readonly mongoUrl: string,
    seed = 20261123,
  ) {
    this.rand = rng(seed);
  }

  async conn(service: string): Promise<Connection> {
    const c = await mongoose.createConnection(this.mongoUrl, { dbName: databaseName(service), autoCreate: false, autoIndex: false }).asPromise();
    this.conns.push(c);
    return c;
  }

  async call<T>(action: string, params: Record<string, unknown>): Promise<T> {
    return this.broker.call(action, params, asSystem('bench')) as Promise<T>;
  }

  creditCode(prefix: string): string {
    const n = this.counter++;
    let body = '';
    let x = n;
    for (let i = 0; i < 9; i++) {
      body = CODE_ALPHABET[x % 31] + body;
      x = Math.floor(x / 31);
    }
    return withCheckCharacter(`${prefix}450200${body}`);
  }

  /** An alliance with `size` active members (the lead school included): ~half schools over all types, ~half enterprises. */
  async alliance(size: number, name: string): Promise<{ allianceId: string; leadId: string; memberIds: string[]; enterpriseIds: string[] }> {
    const lead = await this.call<{ id: string }>('organizations.register', { name: `${name} 牵头学校`, kind: 'SCHOOL', schoolType: 'HIGHER_VOCATIONAL', creditCode: this.creditCode('12'), regionCode: '450200' });
    const alliance = await this.call<{ id: string }>('alliances.create', { name, regionCode: '450200', leadOrganizationId: lead.id, foundedOn: '2022-01-01', industries: ['装备制造'] });
    await this.call('alliances.setStatus', { allianceId: alliance.id, status: 'ACTIVE', effectiveDate: '2022-02-01' });
    const { Organization } = organizationModels(await this.conn('organizations'));
    const { Membership } = allianceModels(await this.conn('alliances'));
    const memberIds: string[] = [];
    const enterpriseIds: string[] = [];
    const now = new Date();
    for (let start = 1; start < size; start += 1000) {
      const orgs = [];
      const memberships = [];
      for (let i = start; i < Math.min(size, start + 1000); i++) {
        const school = this.rand() < 0.5;
        const id = new Types.ObjectId();
        const schoolType = school ? SCHOOL_TYPES[Math.floor(this.rand() * SCHOOL_TYPES.length)] : null;
        orgs.push({
          _id: id,
          name: `${name} 成员 ${i}`,
          kind: school ? 'SCHOOL' : 'ENTERPRISE',
          schoolType,
          creditCode: this.creditCode(school ? '12' : '91'),
          regionCode: '450200',
          aboveDesignatedSize: school ? null : this.rand() < 0.5,
          scale: null,
          createdBy: 'bench',
          createdAt: now,
          updatedAt: now,
        });
        const joinedAt = `2023-${String(1 + Math.floor(this.rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(this.rand() * 28)).padStart(2, '0')}`;
        const mid = new Types.ObjectId();
        memberships.push({
          _id: mid,
          allianceId: new Types.ObjectId(alliance.id),
          organizationId: id,
          orgKind: school ? 'SCHOOL' : 'ENTERPRISE',
          schoolType,
          role: 'MEMBER',
          status: 'ACTIVE',
          initiatedBy: 'INVITATION',
          joinedAt,
          endedAt: null,
          openKey: `${alliance.id}:${id}`,
          history: [{ at: now.toISOString(), by: 'bench', action: 'APPROVED', effectiveDate: joinedAt, reason: null }],
          decidedBy: 'bench',
          createdAt: now,
          updatedAt: now,
        });
        memberIds.push(String(id));
        if (!school) enterpriseIds.push(String(id));
      }
      await Organization.collection.insertMany(orgs, { ordered: false });
      await Membership.collection.insertMany(memberships, { ordered: false });
    }
    return { allianceId: alliance.id, leadId: lead.id, memberIds, enterpriseIds };
  }

  async close() {
    await Promise.all(this.conns.map((c) => c.close()));
  }
}
