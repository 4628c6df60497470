/**
 * The broker of a service's unit tests (the Moleculer template's layer): in process, no transporter, no logger,
 * with the real auth middleware (tokens are verified as on the bus), on this test file's own database prefix.
 * Stand-ins for the other services are registered by each spec with `broker.createService`.
 */
import { ServiceBroker, type Context } from 'moleculer';
import { authMiddleware } from '../../infra/broker.js';
import { isolateEnv } from './platform.js';
import type { DisqualificationDto, StandingDto, StandingOfParams } from '../../services/organizations/organizations.contract.js';

export function unitBroker(): ServiceBroker {
  isolateEnv();
  return new ServiceBroker({ logger: false, middlewares: [authMiddleware] });
}

/** Wraps a stand-in action so that each call appends its action name to `calls` (to count calls per request). */
export const recording =
  (calls: string[]) =>
  <P>(name: string, fn: (ctx: Context<P>) => unknown) =>
  (ctx: Context<P>) => {
    calls.push(name);
    return fn(ctx);
  };

/**
 * A stand-in for `organizations.standingOf` (the one standing check every service makes before an organization takes
 * part in something new): everyone is in good standing unless `bans` lists an organization's disqualifications.
 */
export const standingOfStandIn =
  (bans: ReadonlyMap<string, DisqualificationDto[]> = new Map()) =>
  (ctx: Context<StandingOfParams>): StandingDto[] =>
    ctx.params.organizationIds.map((organizationId) => {
      const disqualifications = bans.get(organizationId) ?? [];
      return { organizationId, name: null, inGoodStanding: disqualifications.length === 0, disqualifications };
    });
