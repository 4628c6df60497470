import { describe, expect, it } from 'vitest';
import { Coalescer } from './coalesce.js';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('Coalescer', () => {
  it('folds requests arriving during a run into one more run per key', async () => {
    const runs: string[] = [];
    let release!: () => void;
    const c = new Coalescer(
      async (key) => {
        runs.push(key);
        if (runs.length === 1) await new Promise<void>((r) => (release = r));
      },
      () => undefined,
    );
    const first = c.schedule('a');
    await tick();
    const more = [c.schedule('a'), c.schedule('a'), c.schedule('a')];
    release();
    await Promise.all([first, ...more]);
    expect(runs).toEqual(['a', 'a']);
  });

  it('runs different keys independently', async () => {
    const runs: string[] = [];
    const c = new Coalescer(async (key) => void runs.push(key), () => undefined);
    await Promise.all([c.schedule('a'), c.schedule('b')]);
    expect(runs.sort()).toEqual(['a', 'b']);
  });

  it('reports a failed run and runs again on the next request', async () => {
    const errors: string[] = [];
    let calls = 0;
    const c = new Coalescer(
      async () => {
        calls++;
        if (calls === 1) throw new Error('boom');
      },
      (_err, key) => errors.push(key),
    );
    await c.schedule('a');
    await c.schedule('a');
    expect(errors).toEqual(['a']);
    expect(calls).toBe(2);
  });

  it('starts nothing after stop, and stop waits for the run in progress', async () => {
    const runs: string[] = [];
    let release!: () => void;
    const c = new Coalescer(
      async (key) => {
        runs.push(key);
        await new Promise<void>((r) => (release = r));
      },
      () => undefined,
    );
    const running = c.schedule('a');
    await tick();
    let stopped = false;
    const stopping = c.stop().then(() => (stopped = true));
    await tick();
    expect(stopped).toBe(false);
    release();
    await Promise.all([running, stopping]);
    await c.schedule('b');
    expect(runs).toEqual(['a']);
  });
});
