/**
 * Against the run's test database: a SIGNED agreement whose term has begun is moved to IN_FORCE by the service's sweep
 * and `cooperation.agreementInForce` is emitted once, however many replicas sweep at the same time.
 */
import mongoose, { type Connection } from 'mongoose';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays, today } from '../../infra/dates.js';
import { config } from '../../infra/env.js';
import { databaseName } from '../../infra/mongo.mixin.js';
import { isolateEnv } from '../../test/helpers/platform.js';
import type { AgreementInForcePayload } from './cooperation.contract.js';
import { cooperationModels, type CooperationModels } from './cooperation.model.js';
import { advanceAgreements } from './ops/agreements.js';

let conn: Connection;
let models: CooperationModels;

beforeAll(async () => {
  isolateEnv();
  conn = await mongoose.createConnection(config().mongoUrl!, { dbName: databaseName('cooperation'), autoCreate: false, autoIndex: false }).asPromise();
  models = cooperationModels(conn);
  for (const m of Object.values(models)) await m.createIndexes();
});
afterAll(async () => conn?.close());

it('moves a signed agreement in force on its start and emits the event once across concurrent sweeps', async () => {
  const base = { type: 'INTERNSHIP_BASE' as const, title: 't', parties: ['a'.repeat(24), 'b'.repeat(24)] as [string, string], partyKinds: ['SCHOOL', 'ENTERPRISE'] as [string, string], partyRegionCodes: ['450200', '450200'] as [string, string], status: 'SIGNED' as const, createdBy: 'test', history: [] };
  const due = await models.Agreement.create({ ...base, startOn: addDays(today(), -1), endOn: addDays(today(), 300) });
  const later = await models.Agreement.create({ ...base, startOn: addDays(today(), 5), endOn: addDays(today(), 300) });
  const events: AgreementInForcePayload[] = [];
  const emit = (_: string, payload: AgreementInForcePayload) => events.push(payload);
  const moved = await Promise.all([advanceAgreements(models, emit), advanceAgreements(models, emit), advanceAgreements(models, emit)]);
  expect(moved.reduce((a, b) => a + b, 0)).toBe(1);
  expect(events.map((e) => e.agreementId)).toEqual([String(due._id)]);
  expect((await models.Agreement.findById(due._id).lean())?.status).toBe('IN_FORCE');
  expect((await models.Agreement.findById(later._id).lean())?.status).toBe('SIGNED');
  expect(await advanceAgreements(models, emit)).toBe(0);
});
