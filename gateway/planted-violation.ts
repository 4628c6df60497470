// PLANTED to show that `npm run depcheck` fails; removed in the next commit.
import type { OrganizationModels } from '../services/organizations/organizations.model.js';
export type Planted = OrganizationModels;
