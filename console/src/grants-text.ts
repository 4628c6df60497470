import type { MessageKey } from './i18n';

interface CriterionLike {
  kind: string;
  required?: number | null;
  actual?: number | null;
  passed: boolean;
  description: string;
}

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** A criterion in the reader's language (the API's description is English). */
export function criterionText(c: CriterionLike, lang: 'zh' | 'en', t: T): string {
  if (lang === 'en') return c.description;
  return t(`crit${c.kind}` as MessageKey, { n: c.required ?? '' });
}

/** What is missing, in words a person can act on: localized from the criteria, the API's own words in English. */
export function shortfallWords(criteria: CriterionLike[], apiShortfall: string[], lang: 'zh' | 'en', t: T): string[] {
  if (lang === 'en') return apiShortfall;
  const out: string[] = [];
  for (const c of criteria) {
    if (c.passed) continue;
    const missing = Math.max(0, (c.required ?? 0) - (c.actual ?? 0));
    if (c.kind === 'MIN_SCHOOLS') out.push(t('moreSchools', { n: missing }));
    else if (c.kind === 'MIN_ENTERPRISES') out.push(t('moreEnterprises', { n: missing }));
    else if (c.kind === 'MIN_DISTINCT_SCHOOL_TYPES') out.push(t('moreSchoolTypes', { n: missing }));
    else if (c.kind === 'ALLIANCE_ACTIVE') out.push(t('allianceNotActive'));
    else if (c.kind === 'LEAD_IN_GOOD_STANDING') out.push(t('leadDisqualified'));
  }
  return out.length ? out : apiShortfall;
}
