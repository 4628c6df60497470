import type { MessageCatalog } from '../../infra/messages.js';

/** The alliances service's messages (infra/messages.ts): zh-CN first, English second. */
export const messages = {
} satisfies MessageCatalog;
