import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { makeFieldBatcher } from './batch-fields.js';
import type { Caller } from '../infra/caller.js';

function recordingCaller() {
  const calls: { action: string; params: Record<string, unknown> }[] = [];
  const call: Caller = async <T>(action: string, params: Record<string, unknown> = {}) => {
    calls.push({ action, params });
    const ids = params.baseIds as string[];
    return ids.map((id) => (id === 'hidden' ? { __error: { type: 'FORBIDDEN', message: 'no', data: { id } } } : { id, from: params.from })) as T;
  };
  return { call, calls };
}

describe('makeFieldBatcher', () => {
  it('makes one call per action and argument set, whatever the number of parents', async () => {
    const { call, calls } = recordingCaller();
    const batch = makeFieldBatcher(call);
    const ids = Array.from({ length: 50 }, (_, i) => `b${i}`);
    const a = await Promise.all(ids.map((id) => batch<{ id: string }>('trainingBases.getAvailability', 'baseIds', id, { from: '1', to: '2' })));
    const b = await Promise.all(ids.map((id) => batch<{ id: string }>('trainingBases.getAvailability', 'baseIds', id, { to: '2', from: '1' })));
    const c = await Promise.all(ids.slice(0, 3).map((id) => batch('trainingBases.getAvailability', 'baseIds', id, { from: '9', to: '2' })));
    expect(a.map((x) => x.id)).toEqual(ids);
    expect(b).toEqual(a);
    expect(c).toHaveLength(3);
    expect(calls).toHaveLength(2); // argument order does not matter; a different argument set is its own call
    expect(calls[0].params.baseIds).toEqual(ids);
  });

  it('turns one parent\'s failure into that field\'s coded error only', async () => {
    const { call } = recordingCaller();
    const batch = makeFieldBatcher(call);
    const [ok, hidden] = await Promise.allSettled([batch('x.y', 'baseIds', 'seen', {}), batch('x.y', 'baseIds', 'hidden', {})]);
    expect(ok.status).toBe('fulfilled');
    expect(hidden.status).toBe('rejected');
    const err = (hidden as PromiseRejectedResult).reason as GraphQLError;
    expect(err).toBeInstanceOf(GraphQLError);
    expect(err.extensions.code).toBe('FORBIDDEN');
  });
});
