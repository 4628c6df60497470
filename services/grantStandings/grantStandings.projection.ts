/**
 * The projection's running state, owned by one service instance: coalesced recomputations per alliance, background
 * rebuilds, the hourly staleness check. Plain object with explicit dependencies; the ServiceSchema only wires
 * its lifecycle and events to it.
 */
import type { Logger } from 'moleculer';
import type { Caller } from '../../infra/caller.js';
import { today } from '../../infra/dates.js';
import { AllianceAction, type MembershipDto } from '../alliances/alliances.contract.js';
import type { StandingsRebuild } from './grantStandings.contract.js';
import { staleFilter, type StandingDoc, type StandingModels } from './grantStandings.model.js';
import { Coalescer } from './ops/coalesce.js';
import { recomputeAlliance } from './ops/recompute.js';
import { allianceIdsInRegion, rebuildAll } from './ops/rebuild.js';

/** How often the projection checks whether the date has moved on under its rows. */
export const STALE_CHECK_MS = 60 * 60 * 1000;

/** What started a background rebuild; logged as the line's `trigger` field (operators and the fault drill read it). */
export type RebuildTrigger = 'START' | 'RECONNECT';
const WHEN: Record<RebuildTrigger, string> = { START: 'on start', RECONNECT: 'after a transporter reconnect' };

export class StandingsProjection {
  private stopping = false;
  private readonly background = new Set<Promise<unknown>>();
  private readonly recomputes: Coalescer;
  private refreshTimer?: NodeJS.Timeout;

  constructor(
    private readonly models: StandingModels,
    private readonly call: Caller,
    private readonly logger: Logger,
  ) {
    this.recomputes = new Coalescer(
      (allianceId) => recomputeAlliance(this.models, this.call, allianceId),
      (err, allianceId) => this.logger.warn({ err, allianceId }, 'recomputing grant standings failed'),
    );
  }

  /** Rebuilds now (in the background) and checks hourly whether the rows are stale. */
  start(): void {
    // Events over NATS are not durable: whatever happened while this service was down is caught up here.
    this.rebuildInBackground('START');
    this.refreshTimer = setInterval(() => void this.refreshIfStale().catch((err) => this.logger.warn({ err }, 'refreshing stale standings failed')), STALE_CHECK_MS);
    this.refreshTimer.unref();
  }

  /** After a NATS outage the events published meanwhile may be gone (they are not durable): catch up, as on start. */
  afterReconnect(): void {
    if (!this.stopping) this.rebuildInBackground('RECONNECT');
  }

  /** Starts nothing more; resolves when the work in progress has finished. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.refreshTimer) clearInterval(this.refreshTimer);
    await Promise.allSettled([...this.background, this.recomputes.stop()]);
  }

  /** One alliance's rows, soon (coalesced); never rejects (failures are logged). */
  schedule(allianceId: string): Promise<void> {
    return this.recomputes.schedule(allianceId);
  }

  /** Every alliance the organization has belonged to (its standing changed). */
  async recomputeAlliancesOf(organizationId: string): Promise<void> {
    const lists = await this.call<MembershipDto[][]>(AllianceAction.membershipsOfOrganizations, { organizationIds: [organizationId] });
    for (const id of new Set((lists[0] ?? []).map((m) => m.allianceId))) void this.schedule(id);
  }

  /** A new program's rows: every alliance of its region, in the background. */
  programCreated(programId: string, regionCode: string): void {
    this.track(
      (async () => {
        const ids = await allianceIdsInRegion(this.call, regionCode, () => this.stopping);
        await Promise.all(ids.map((id) => this.schedule(id)));
      })().catch((err) => this.logger.warn({ err, programId }, 'computing standings of a new program failed')),
    );
  }

  /** Every row recomputed (and interrupted grant decisions repaired first). */
  rebuild(): Promise<StandingsRebuild> {
    return rebuildAll(this.models, this.call, () => this.stopping);
  }

  /** Rebuilds without holding up the caller; failures are logged (grantStandings.rebuild retries). */
  rebuildInBackground(trigger: RebuildTrigger): void {
    const when = WHEN[trigger];
    this.track(
      this.rebuild()
        .then((r) => this.logger.info({ ...r, trigger }, `grant standings rebuilt ${when}`))
        .catch((err) => {
          if (!this.stopping) this.logger.error({ err, trigger }, `rebuilding grant standings ${when} failed; call grantStandings.rebuild`);
        }),
    );
  }

  /** Standings answer "today": once the date has moved on (a disqualification may have run out), rebuild. */
  async refreshIfStale(): Promise<void> {
    const stale = await this.models.Standing.findOne(staleFilter(today())).lean<StandingDoc>();
    if (stale) await this.rebuild();
  }

  private track(work: Promise<unknown>): void {
    this.background.add(work);
    void work.finally(() => this.background.delete(work));
  }
}
