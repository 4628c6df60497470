/** fastest-validator rules reused across services' action params (validated by Moleculer at the boundary). */
export const objectId = { type: 'string', pattern: /^[0-9a-f]{24}$/, messages: { stringPattern: "'{field}' must be an id (24 hexadecimal characters)." } } as const;
export const optionalObjectId = { ...objectId, optional: true, nullable: true } as const;
export const date = { type: 'string', pattern: /^\d{4}-\d{2}-\d{2}$/, messages: { stringPattern: "'{field}' must be a date YYYY-MM-DD." } } as const;
export const optionalDate = { ...date, optional: true, nullable: true } as const;
export const first = { type: 'number', integer: true, min: 0, max: 100, optional: true, nullable: true, convert: false } as const;
export const after = { type: 'string', optional: true, nullable: true, max: 200 } as const;
/**
 * Batch lookups by id. Bounded, but large enough for a whole alliance: the grant evaluation of a 20,000-member
 * alliance looks up every member at once (the gateway's DataLoaders batch at most 1,000).
 */
export const idList = { type: 'array', items: objectId, max: 50_000 } as const;

/**
 * Characters as a person counts them: Unicode code points, so "造假" is 2, and an astral CJK character (𠀀) or an
 * emoji (😀) is 1 — not its UTF-8 bytes (3–4) nor its UTF-16 units (2), which is what `string.length` and
 * fastest-validator's own `min`/`max` measure.
 */
export function charCount(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/**
 * True when `s` has at least one character a reader can see: not white space (any Unicode space, U+3000 included),
 * not a control character, not an invisible format character (zero-width space U+200B, joiners, BOM U+FEFF …).
 */
export const hasVisibleCharacter = (s: string): boolean => /[^\p{White_Space}\p{Cc}\p{Cf}]/u.test(s);

/** A fastest-validator error as a custom check reports it (Moleculer's validator uses the (value, errors) form). */
interface CheckError {
  type: string;
  expected?: number;
  actual?: unknown;
}

/**
 * The length check of every text param, in characters (`charCount`), after trimming: at least one visible
 * character (`stringEmpty`), at least `min` (`stringMin`) and at most `max` (`stringMax`) characters. With `blankIsNull`
 * (optional texts) a text without a visible character becomes null instead of being refused.
 */
/**
 * Characters no person's text needs and that hide or disguise it: C0 controls but tab and line breaks (NUL, BEL …),
 * DEL and C1 controls, and the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069: a
 * "柳州\u202Eevil公司" shows reversed on screen).
 */
const HIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

function charactersBetween(min: number, max: number, blankIsNull = false) {
  return (value: unknown, errors: CheckError[]): unknown => {
    if (typeof value !== 'string') return value; // the `string` rule has reported it
    if (HIDDEN.test(value)) {
      errors.push({ type: 'stringControl', actual: value });
      return value;
    }
    if (!hasVisibleCharacter(value)) {
      if (blankIsNull) return null;
      errors.push({ type: 'stringEmpty', actual: value });
      return value;
    }
    const n = charCount(value);
    if (n < min) errors.push({ type: 'stringMin', expected: min, actual: n });
    if (n > max) errors.push({ type: 'stringMax', expected: max, actual: n });
    return value;
  };
}

/**
 * A required text: trimmed, at least one visible character, `min`..`max` characters (code points, `charCount`).
 * Errors (VALIDATION_ERROR → BAD_USER_INPUT at the gateway): `stringEmpty`, `stringMin`, `stringMax`, `stringControl`
 * (a control or text-direction character: `HIDDEN`).
 */
export const text = (max: number, min = 1) => ({ type: 'string', trim: true, custom: charactersBetween(Math.max(min, 1), max) }) as const;
/** An optional text: trimmed, at most `max` characters; one without a visible character counts as not given (null). */
export const optionalText = (max: number) => ({ type: 'string', trim: true, optional: true, nullable: true, custom: charactersBetween(0, max, true) }) as const;

/**
 * THE reason a person gives for an act (reject, end, cancel, reverse, disqualify, lift …): any text with at least one
 * visible character — "造假" (2 characters) is a reason — and at most `max` characters (default 1000), counted as
 * characters (code points), never bytes. Shown to the organizations concerned and kept in the history.
 */
export const reason = (max = 1000) => text(max, 1);
/** An optional reason (e.g. a status change's): blank counts as none. */
export const optionalReason = (max = 1000) => optionalText(max);
export const enumOf = <T extends readonly string[]>(values: T) => ({ type: 'enum', values: [...values] }) as const;

/** A user's text as a literal inside a `$regex` (substring search): no pattern from outside ever runs. */
export const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
