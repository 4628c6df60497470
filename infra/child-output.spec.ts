import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { awaitOutput, stopChild } from './child-output.js';

const node = (code: string) => spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'pipe'] });

describe('child processes', () => {
  it('awaitOutput finds the ready line and stopChild ends a child that drains on SIGTERM', async () => {
    const child = node("process.on('SIGTERM', () => process.exit(0)); setInterval(() => {}, 1000); console.log('READY port=4711');");
    expect(await awaitOutput(child, (out) => /port=(\d+)/.exec(out)?.[1], { what: 'the child', timeoutMs: 10_000 }).ready).toBe('4711');
    await stopChild(child, 10_000);
    expect(child.exitCode).toBe(0);
  });

  it('stopChild kills a child that ignores SIGTERM once the grace period is over', async () => {
    const child = node("process.on('SIGTERM', () => {}); console.log('up'); setInterval(() => {}, 1000);");
    await awaitOutput(child, (out) => (out.includes('up') ? true : undefined), { what: 'the child', timeoutMs: 10_000 }).ready;
    await stopChild(child, 200);
    expect(child.signalCode).toBe('SIGKILL');
  });

  it('stopChild resolves at once for a child that has already exited, by a code or by a signal', async () => {
    const byCode = node('process.exit(3)');
    await new Promise((r) => byCode.once('exit', r));
    await stopChild(byCode, 10_000);
    const bySignal = node('setInterval(() => {}, 1000)');
    bySignal.kill('SIGKILL');
    await new Promise((r) => bySignal.once('exit', r));
    await stopChild(bySignal, 10_000); // would wait for an 'exit' that never comes if only exitCode were checked
    expect([byCode.exitCode, bySignal.signalCode]).toEqual([3, 'SIGKILL']);
  });

  it('awaitOutput rejects with the output when the child exits first', async () => {
    const child = node("console.error('bad config'); process.exit(2)");
    await expect(awaitOutput(child, () => undefined, { what: 'the child', timeoutMs: 10_000 }).ready).rejects.toThrow(/the child exited with code 2: bad config/);
  });
});
