/** A small closed-loop load generator: `concurrency` workers each send the next request as soon as the last is answered. */
export interface LoadResult<T> {
  ok: T[];
  errors: Record<string, number>;
  /** The first error message seen for each code (for the report when something unexpected happens). */
  samples: Record<string, string>;
  sent: number;
}

export async function runLoad<T>(opts: {
  concurrency: number;
  /** Stop when this returns true (checked before each request). */
  until: () => boolean;
  /** One request; return a value on success, or throw an error whose `code` is counted. */
  request: (i: number) => Promise<T>;
}): Promise<LoadResult<T>> {
  const ok: T[] = [];
  const errors: Record<string, number> = {};
  const samples: Record<string, string> = {};
  let i = 0;
  const worker = async () => {
    while (!opts.until()) {
      const n = i++;
      try {
        ok.push(await opts.request(n));
      } catch (err) {
        const code = (err as { code?: string }).code ?? 'EXCEPTION';
        errors[code] = (errors[code] ?? 0) + 1;
        samples[code] ??= (err as Error).message?.slice(0, 500) ?? String(err);
      }
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  return { ok, errors, samples, sent: i };
}

export class CodedError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A GraphQL request over HTTP that returns `data` or throws a CodedError with the first error's `extensions.code`. */
export async function gqlOrThrow(url: string, query: string, variables: Record<string, unknown>, token: string): Promise<any> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
  if (body.errors?.length) throw new CodedError(body.errors[0].extensions?.code ?? 'NO_CODE', JSON.stringify(body.errors[0]));
  return body.data;
}

/**
 * Recovery after a fault: retries `request` until it first succeeds (at most `withinMs`), then requires `inARow`
 * further successes. Returns what was acknowledged and how long the first success took.
 */
export async function recover<T>(request: (i: number) => Promise<T>, opts: { withinMs: number; inARow: number }): Promise<{ ok: T[]; recoveredAfterMs: number }> {
  const start = Date.now();
  const ok: T[] = [];
  let i = 0;
  for (;;) {
    try {
      ok.push(await request(i++));
      break;
    } catch (err) {
      if (Date.now() - start > opts.withinMs) throw err;
      await sleep(100);
    }
  }
  const recoveredAfterMs = Date.now() - start;
  for (let k = 0; k < opts.inARow; k++) ok.push(await request(i++));
  return { ok, recoveredAfterMs };
}
