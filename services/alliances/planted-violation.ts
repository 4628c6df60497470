// PLANTED to show that `npm run depcheck` fails; removed in the next commit.
import { withCheckCharacter } from '../organizations/organizations.rules.js';
import type { GatewayContext } from '../../gateway/context.js';
export const planted = (ctx: GatewayContext) => withCheckCharacter(ctx.requestId);
