import { mergeResolvers, type GatewayResolvers } from './merge.js';
import { DateScalar, DateTimeScalar } from '../scalars.js';
import { organizationResolvers } from './organizations.js';
import { allianceResolvers } from './alliances.js';
import { baseResolvers } from './bases.js';
import { grantResolvers } from './grants.js';
import { projectResolvers } from './projects.js';
import { revenueResolvers } from './revenue.js';

/**
 * A domain's resolver map, until its own file declares it `GatewayResolvers` (the domain files are typed last, after
 * the services' rewrites; then this cast goes).
 */
const domain = (map: object) => map as GatewayResolvers;

/**
 * Every domain's resolvers, typed by the generated `Resolvers<GatewayContext>` (gateway/codegen.ts: parents are
 * the services' contract DTOs); each is one line of delegation to a service action or a DataLoader.
 */
export const resolvers: GatewayResolvers = mergeResolvers([
  { Date: DateScalar, DateTime: DateTimeScalar },
  domain(organizationResolvers),
  domain(allianceResolvers),
  domain(baseResolvers),
  domain(grantResolvers),
  domain(projectResolvers),
  domain(revenueResolvers),
]);
