/**
 * A domain event → inbox items and mails, each exactly once however often the event arrives (the bus delivers at
 * least once): the item's unique `key` (`<eventKey>><orgId>`) and the mail's `_id` (`<eventKey>><orgId>><sub>`)
 * are inserted, never upserted, so a second delivery — or two replicas handling the same event — inserts nothing.
 * Mails are enqueued even when the item already existed (a crash between the two writes is repaired by redelivery).
 */
import { Types } from 'mongoose';
import type { Caller } from '../../../infra/caller.js';
import { isDuplicateKey } from '../../../infra/errors.js';
import { AllianceAction, type AllianceDto } from '../../alliances/alliances.contract.js';
import { GrantAction, type GrantProgramDto } from '../../grants/grants.contract.js';
import { OrganizationAction, type OrganizationDto } from '../../organizations/organizations.contract.js';
import { TrainingBaseAction, type TrainingBaseDto } from '../../trainingBases/trainingBases.contract.js';
import type { Recipient } from '../notifications.contract.js';
import { mailCandidatesFilter, type NotificationModels, type UserStateDoc } from '../notifications.model.js';
import { channelsOf, draftFor, organizationsNamed, paramsFor, settledKeys, textKey, type Draft, type Facts } from '../notifications.rules.js';
import { render } from '../notifications.render.js';

export interface IngestDeps {
  models: NotificationModels;
  /** Calls made on the service's own behalf (names of organizations, alliances, bases, programs). */
  call: Caller;
  /** Console base URL for links in mails. */
  publicUrl: string;
  /** Whether mails are sent at all (SMTP_URL set). */
  mailEnabled: boolean;
  /** Wakes the mail sender after new mails were enqueued. */
  onMailQueued: () => void;
}

/** What an event produced (for logs and tests). */
export interface IngestResult {
  kind: string | null;
  inserted: number;
  mails: number;
}

/** Looks up what `draftFor` needs for this event, in at most one call per service. */
async function factsFor(event: string, payload: Record<string, unknown>, call: Caller): Promise<Facts> {
  const orgIds = new Set(organizationsNamed(event, payload));
  const alliances = new Map<string, AllianceDto>();
  const bases = new Map<string, TrainingBaseDto>();
  const programs = new Map<string, GrantProgramDto>();
  if (typeof payload.allianceId === 'string' && !event.startsWith('trainingBases.')) {
    const [a] = await call<(AllianceDto | null)[]>(AllianceAction.getMany, { ids: [payload.allianceId] });
    if (a) alliances.set(a.id, a);
  }
  if (typeof payload.baseId === 'string') {
    const [b] = await call<(TrainingBaseDto | null)[]>(TrainingBaseAction.getMany, { ids: [payload.baseId] });
    if (b) bases.set(b.id, b);
  }
  if (typeof payload.programId === 'string') {
    const p = await call<GrantProgramDto | null>(GrantAction.getProgram, { id: payload.programId });
    if (p) programs.set(p.id, p);
  }
  const names = new Map<string, string>();
  if (orgIds.size) {
    const ids = [...orgIds];
    const orgs = await call<(OrganizationDto | null)[]>(OrganizationAction.getMany, { ids });
    orgs.forEach((o, i) => names.set(ids[i], o?.name ?? ids[i]));
  }
  return {
    orgName: (id) => names.get(id) ?? id,
    alliance: (id) => alliances.get(id) ?? null,
    base: (id) => bases.get(id) ?? null,
    program: (id) => programs.get(id) ?? null,
  };
}

/** Handles one domain event: renders nothing yet for the inbox (read in each reader's language), renders mails now. */
export async function ingest(deps: IngestDeps, event: string, payload: Record<string, unknown>): Promise<IngestResult> {
  for (const key of settledKeys(event, payload)) await settle(deps.models, key);
  const facts = await factsFor(event, payload, deps.call);
  const draft = draftFor(event, payload, facts);
  if (!draft) return { kind: null, inserted: 0, mails: 0 };
  let inserted = 0;
  let mails = 0;
  // A request decided before its notice arrived (the demo seed applies and approves at once) is not mailed.
  const settled = (await deps.models.Settlement.countDocuments({ _id: draft.eventKey })) > 0;
  for (const r of draft.recipients) {
    if (await insertItem(deps.models, draft, r)) inserted++;
    if (deps.mailEnabled && !settled) mails += await enqueueMails(deps, draft, r);
  }
  if (mails) deps.onMailQueued();
  return { kind: draft.kind, inserted, mails };
}

/** Records that `eventKey`'s request was decided and marks its items settled (an item inserted later is born settled). */
async function settle(models: NotificationModels, eventKey: string): Promise<void> {
  try {
    await models.Settlement.create({ _id: eventKey, at: new Date() });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
  await models.Notification.updateMany({ eventKey }, { $set: { settled: true } });
}

async function insertItem(models: NotificationModels, draft: Draft, r: Recipient): Promise<boolean> {
  const settledBefore = (await models.Settlement.countDocuments({ _id: draft.eventKey })) > 0;
  try {
    await models.Notification.create({
      _id: new Types.ObjectId(),
      key: `${draft.eventKey}>${r.organizationId}`,
      eventKey: draft.eventKey,
      kind: draft.kind,
      organizationId: r.organizationId,
      roles: r.roles,
      message: draft.texts,
      params: paramsFor(draft.params, r.organizationId),
      link: draft.link,
      subject: draft.subject,
      settled: settledBefore,
      createdAt: new Date(),
    });
    // A decision handled between the check and the insert: settle now (both orders end settled).
    if (!settledBefore && (await models.Settlement.countDocuments({ _id: draft.eventKey })) > 0) {
      await models.Notification.updateMany({ eventKey: draft.eventKey }, { $set: { settled: true } });
    }
    return true;
  } catch (err) {
    if (isDuplicateKey(err)) return false; // delivered before: nothing to add
    throw err;
  }
}

/** One mail per user of the recipient organization (with a concerned role) who chose e-mail for this kind. */
async function enqueueMails(deps: IngestDeps, draft: Draft, r: Recipient): Promise<number> {
  const users = await deps.models.UserState.find(mailCandidatesFilter(r.organizationId, r.roles)).lean<UserStateDoc[]>();
  let n = 0;
  for (const u of users) {
    if (!u.email || !channelsOf(u.channels, draft.kind, true).email) continue;
    const params = paramsFor(draft.params, r.organizationId);
    const link = `${deps.publicUrl.replace(/\/$/, '')}/notifications`; // the console's inbox (routes of subjects change with the console)
    const text = `${render(textKey(draft.texts, 'body'), u.locale, params)}\n\n${render('notifications.mail.footer', u.locale, { link })}\n`;
    try {
      await deps.models.Mail.create({
        _id: `${draft.eventKey}>${r.organizationId}>${u._id}`,
        to: u.email,
        subject: render(textKey(draft.texts, 'title'), u.locale, params),
        text,
        status: 'PENDING',
        attempts: 0,
        nextAttemptAt: new Date(),
        lastError: null,
        createdAt: new Date(),
        sentAt: null,
      });
      n++;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err; // enqueued before: the sender owns it
    }
  }
  return n;
}

