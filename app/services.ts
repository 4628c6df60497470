import type { ServiceSchema } from 'moleculer';
import OrganizationsService from '../services/organizations/organizations.service.js';
import AlliancesService from '../services/alliances/alliances.service.js';
import TrainingBasesService from '../services/trainingBases/trainingBases.service.js';
import GrantsService from '../services/grants/grants.service.js';
import GrantStandingsService from '../services/grantStandings/grantStandings.service.js';
import ProjectsService from '../services/projects/projects.service.js';
import RevenueService from '../services/revenue/revenue.service.js';
import NotificationsService from '../services/notifications/notifications.service.js';
import CooperationService from '../services/cooperation/cooperation.service.js';
import CertificationService from '../services/certification/certification.service.js';
import EvaluationService from '../services/evaluation/evaluation.service.js';
import ListingsService from '../services/listings/listings.service.js';
import MatchmakingService from '../services/matchmaking/matchmaking.service.js';
import type { BusContract } from '../infra/bus-identity.js';
import { OrganizationsBus } from '../services/organizations/organizations.contract.js';
import { AlliancesBus } from '../services/alliances/alliances.contract.js';
import { TrainingBasesBus } from '../services/trainingBases/trainingBases.contract.js';
import { GrantsBus } from '../services/grants/grants.contract.js';
import { GrantStandingsBus } from '../services/grantStandings/grantStandings.contract.js';
import { ProjectsBus } from '../services/projects/projects.contract.js';
import { RevenueBus } from '../services/revenue/revenue.contract.js';
import { NotificationsBus } from '../services/notifications/notifications.contract.js';
import { CooperationBus } from '../services/cooperation/cooperation.contract.js';
import { CertificationBus } from '../services/certification/certification.contract.js';
import { EvaluationBus } from '../services/evaluation/evaluation.contract.js';
import { ListingsBus } from '../services/listings/listings.contract.js';
import { MatchmakingBus } from '../services/matchmaking/matchmaking.contract.js';

/** Every domain service, by name. `npm run service -- <name>` runs one; the embedded platform runs them all. */
export const SERVICES: Record<string, ServiceSchema<any, any, any>> = {
  organizations: OrganizationsService,
  alliances: AlliancesService,
  trainingBases: TrainingBasesService,
  grants: GrantsService,
  grantStandings: GrantStandingsService,
  projects: ProjectsService,
  revenue: RevenueService,
  notifications: NotificationsService,
  cooperation: CooperationService,
  certification: CertificationService,
  evaluation: EvaluationService,
  listings: ListingsService,
  matchmaking: MatchmakingService,
};

export const SERVICE_NAMES = Object.keys(SERVICES);

/** Every service's bus contract (what it owns and whom it calls): the input of the NATS permissions (app/nats-config.ts). */
export const BUS_CONTRACTS: readonly BusContract[] = [OrganizationsBus, AlliancesBus, TrainingBasesBus, GrantsBus, GrantStandingsBus, ProjectsBus, RevenueBus, NotificationsBus, CooperationBus, CertificationBus, EvaluationBus, ListingsBus, MatchmakingBus];

/** The events a service schema handles (its `events` keys and its mixins'). */
export function handledEvents(schema: { events?: object; mixins?: readonly unknown[] }): string[] {
  const own = Object.keys(schema.events ?? {});
  const mixed = (schema.mixins ?? []).flatMap((m) => handledEvents(m as { events?: object; mixins?: readonly unknown[] }));
  return [...new Set([...own, ...mixed])];
}
