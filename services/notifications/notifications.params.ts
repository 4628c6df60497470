/** fastest-validator rules for the notifications actions' params (types in notifications.contract.ts). */
import { after, enumOf, first, objectId } from '../../infra/params.js';
import { LOCALES } from '../../infra/messages.js';
import { NOTIFICATION_KINDS } from './notifications.contract.js';

const optionalLocale = { ...enumOf(LOCALES), optional: true, nullable: true } as const;

export const inboxParams = { first, after, unreadOnly: { type: 'boolean', optional: true, nullable: true }, locale: optionalLocale } as const;
export const markReadParams = { ids: { type: 'array', items: objectId, min: 1, max: 100 } } as const;
export const setPreferencesParams = {
  email: { type: 'string', optional: true, nullable: true, trim: true, max: 254 },
  locale: optionalLocale,
  kinds: {
    type: 'array',
    optional: true,
    nullable: true,
    max: NOTIFICATION_KINDS.length,
    items: { type: 'object', strict: 'remove', props: { kind: enumOf(NOTIFICATION_KINDS), inApp: 'boolean', email: 'boolean' } },
  },
} as const;
