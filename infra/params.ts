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
export const text = (max: number, min = 1) => ({ type: 'string', trim: true, min, max }) as const;
export const optionalText = (max: number) => ({ type: 'string', trim: true, max, optional: true, nullable: true }) as const;
export const enumOf = <T extends readonly string[]>(values: T) => ({ type: 'enum', values: [...values] }) as const;

/** A user's text as a literal inside a `$regex` (substring search): no pattern from outside ever runs. */
export const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
