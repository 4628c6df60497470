import type { ChildProcess } from 'node:child_process';

/**
 * Waits for a child process to announce that it is up: resolves with what `match` finds in its stdout and stderr
 * together (the text so far, of which the last `keep` characters are kept, default 50,000), or rejects when the child
 * exits first ("<what> exited with code N: <output>") or after `timeoutMs` ("<what> did not start within N s:
 * <output>"). The listeners stay on, so `output()` keeps the latest text for a later failure message.
 */
export function awaitOutput<T>(
  child: ChildProcess,
  match: (output: string) => T | undefined,
  opts: { what: string; timeoutMs: number; keep?: number },
): { ready: Promise<T>; output(): string } {
  let out = '';
  const keep = opts.keep ?? 50_000;
  const ready = new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${opts.what} did not start within ${opts.timeoutMs / 1000} s: ${out.slice(-3000)}`)), opts.timeoutMs);
    const onData = (b: Buffer) => {
      out = (out + b.toString()).slice(-keep);
      const found = match(out);
      if (found !== undefined) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${opts.what} exited with code ${code}: ${out.slice(-3000)}`));
    });
  });
  return { ready, output: () => out };
}

/**
 * Stops a child process: SIGTERM (its graceful drain), then SIGKILL if it is still running after `graceMs`. Resolves
 * once it has exited (at once if it already had, by a code or a signal).
 */
export function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }, graceMs).unref();
  });
}
