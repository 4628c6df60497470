/**
 * Domain prose the API returns as text (criterion descriptions and details, eligibility shortfalls, excluded
 * members' reasons) written in the request's language (gateway/locale.ts). The services send each text in English
 * beside its catalog reference (`<field>I18n`: key and parameters); the gateway renders the reference, and keeps
 * the English text for records made before catalogs existed (frozen evaluations of earlier applications).
 */
import type { MessageRef } from '../infra/messages.js';
import { render, renderRef } from '../infra/message-registry.js';
import type { Locale } from '../infra/messages.js';
import type { GatewayContext } from './context.js';
import { localeOf } from './locale.js';

/** The locale of a resolver's request. */
export const ctxLocale = (ctx: Pick<GatewayContext, 'request'>): Locale => localeOf(ctx.request);

/** `text` in the request's language: its reference rendered, else the text as sent. */
export function localized(text: string, ref: MessageRef | null | undefined, ctx: Pick<GatewayContext, 'request'>): string;
export function localized(text: string | null, ref: MessageRef | null | undefined, ctx: Pick<GatewayContext, 'request'>): string | null;
export function localized(text: string | null, ref: MessageRef | null | undefined, ctx: Pick<GatewayContext, 'request'>): string | null {
  return (ref && renderRef(ref, ctxLocale(ctx))) ?? text;
}

/** A list of texts with their references (same order), each in the request's language. */
export function localizedList(texts: readonly string[], refs: readonly MessageRef[] | null | undefined, ctx: Pick<GatewayContext, 'request'>): string[] {
  if (!refs || refs.length !== texts.length) return [...texts];
  return texts.map((t, i) => localized(t, refs[i], ctx));
}

/** A grant criterion in words (`grants.criterion.<kind>` with its threshold), in the request's language. */
export const criterionText = (c: { kind: string; threshold?: number | null; required?: number | null }, ctx: Pick<GatewayContext, 'request'>): string =>
  render(`grants.criterion.${c.kind}`, { threshold: c.threshold ?? c.required ?? 0 }, ctxLocale(ctx));
