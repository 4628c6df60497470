/**
 * What this process refused on the bus (packets from the wrong identity, events from a service that does not own
 * them), counted by kind and reason: operators read them in the warn-level log lines, tests read the tally.
 */
const tally = new Map<string, number>();

/** Counts one refusal of `kind` ('packet' | 'event') for `reason`. */
export function recordRefusal(kind: 'packet' | 'event', reason: string): void {
  const key = `${kind}: ${reason}`;
  tally.set(key, (tally.get(key) ?? 0) + 1);
}

/** The refusals so far, by `<kind>: <reason>` (a copy). */
export function refusals(): Record<string, number> {
  return Object.fromEntries(tally);
}

/** How many refusals of `kind` (optionally whose reason contains `about`) this process has counted. */
export function refusalCount(kind: 'packet' | 'event', about = ''): number {
  let n = 0;
  for (const [key, count] of tally) if (key.startsWith(`${kind}: `) && key.includes(about)) n += count;
  return n;
}
