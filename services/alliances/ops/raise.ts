import { appError } from '../../../infra/errors.js';
import type { Problem } from '../alliances.rules.js';

/** Throws a rule's `Problem` as the coded error it names (type = code, with its data); nothing when null. */
export function raise(problem: Problem | null): void {
  if (problem) throw appError(problem.code, problem.message, problem.data);
}
