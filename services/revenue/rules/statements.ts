/**
 * Rules of statements: a statement period, which ledger events an organization's or an agreement's statement
 * selects (and the cursor order it pages in), the predicates the model's query builders encode, and who reads an
 * organization's statement. Part of revenue.rules.ts.
 */
import { hasRole, regionCovers, type Actor } from '../../../infra/auth.js';
import { adminOf } from '../../../infra/authz.js';
import { assertDate } from '../../../infra/dates.js';
import { badInput } from '../../../infra/errors.js';
import { msg } from '../../../infra/message-registry.js';
import { P } from '../../../infra/messages.js';

/** A statement period: two calendar dates, `from` on or before `to` (BAD_USER_INPUT, field `from` / `to`). */
export function checkPeriod(from: string, to: string): void {
  assertDate(from, 'from');
  assertDate(to, 'to');
  if (from > to) throw badInput(msg('revenue.fromAfterTo', { from: P.date(from), to: P.date(to) }), { field: 'from' });
}

// ---------------------------------------------------------------- what filters select (the model's query builders encode these)

/** An event on an organization's statement for [from, to] (`organizationEventsFilter`). */
export function onOrganizationStatement(e: { organizationIds: readonly string[]; receivedOn: string }, organizationId: string, from: string, to: string): boolean {
  return e.organizationIds.includes(organizationId) && from <= e.receivedOn && e.receivedOn <= to;
}

/** An event on the statement of one of the agreements for [from, to] (`agreementEventsFilter`). */
export function onAgreementStatement(e: { agreementId: string; receivedOn: string }, agreementIds: readonly string[], from: string, to: string): boolean {
  return agreementIds.includes(e.agreementId) && from <= e.receivedOn && e.receivedOn <= to;
}

/** An event after a statement cursor's key in (receivedOn, id) order (`afterKeyFilter`; ids compare as hex text). */
export function afterKey(e: { receivedOn: string; id: string }, key: { receivedOn: string; id: string }): boolean {
  return e.receivedOn > key.receivedOn || (e.receivedOn === key.receivedOn && e.id > key.id);
}

// ---------------------------------------------------------------- who may

/** Reads an organization's statement (and its agreement list): its admins, a funder whose region covers it, a platform admin, a service. */
export function readsStatement(actor: Actor, organizationId: string, organizationRegion: string, funderRegion: string | null): boolean {
  if (adminOf(actor, organizationId)) return true;
  return funderRegion !== null && hasRole(actor, 'FUNDER') && regionCovers(funderRegion, organizationRegion);
}
