import { mergeResolvers, type GatewayResolvers } from './merge.js';
import { DateScalar, DateTimeScalar } from '../scalars.js';
import { organizationResolvers } from './organizations.js';
import { allianceResolvers } from './alliances.js';
import { baseResolvers } from './bases.js';
import { grantResolvers } from './grants.js';
import { projectResolvers } from './projects.js';
import { revenueResolvers } from './revenue.js';
import { notificationResolvers } from './notifications.js';
import { cooperationResolvers } from './cooperation.js';
import { certificationResolvers } from './certification.js';
import { evaluationResolvers } from './evaluation.js';
import { listingResolvers } from './listings.js';
import { matchmakingResolvers } from './matchmaking.js';

/**
 * Every domain's resolvers, typed by the generated `Resolvers<GatewayContext>` (gateway/codegen.ts: parents are
 * the services' contract DTOs); each is one line of delegation to a service action or a DataLoader.
 */
export const resolvers: GatewayResolvers = mergeResolvers([
  { Date: DateScalar, DateTime: DateTimeScalar },
  organizationResolvers,
  allianceResolvers,
  baseResolvers,
  grantResolvers,
  projectResolvers,
  revenueResolvers,
  notificationResolvers,
  cooperationResolvers,
  certificationResolvers,
  evaluationResolvers,
  listingResolvers,
  matchmakingResolvers,
]);
