import type { ServiceSchema } from 'moleculer';
import OrganizationsService from '../services/organizations/organizations.service.js';
import AlliancesService from '../services/alliances/alliances.service.js';
import TrainingBasesService from '../services/trainingBases/trainingBases.service.js';
import GrantsService from '../services/grants/grants.service.js';
import GrantStandingsService from '../services/grantStandings/grantStandings.service.js';
import ProjectsService from '../services/projects/projects.service.js';
import RevenueService from '../services/revenue/revenue.service.js';

/** Every domain service, by name. `npm run service -- <name>` runs one; the embedded platform runs them all. */
export const SERVICES: Record<string, ServiceSchema<any, any, any>> = {
  organizations: OrganizationsService,
  alliances: AlliancesService,
  trainingBases: TrainingBasesService,
  grants: GrantsService,
  grantStandings: GrantStandingsService,
  projects: ProjectsService,
  revenue: RevenueService,
};

export const SERVICE_NAMES = Object.keys(SERVICES);
