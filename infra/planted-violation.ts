// PLANTED to show that `npm run depcheck` fails; removed in the next commit.
import { gatewayRoutes } from '../gateway/routes.js';
export const planted = gatewayRoutes;
