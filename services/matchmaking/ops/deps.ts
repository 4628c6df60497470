import type { MatchmakingModels } from '../matchmaking.model.js';

export interface MatchmakingDeps {
  models: MatchmakingModels;
  today: () => string;
}
