/**
 * The catalogs are complete and well-formed: every key has a zh-CN and an English text, each parses as ICU
 * MessageFormat, both languages use the same arguments, and every place that names a message with literal
 * parameters (`msg('key', { … })` in the source) gives every argument its texts use. Plus the renderer's own
 * rules: dates, money, times and lists per locale, locale negotiation.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { CATALOGS, MESSAGES, msg, negotiateLocale, render } from './message-registry.js';
import { LOCALES, P } from './messages.js';

/** The argument names an ICU text uses (nested plural/select branches included; `#` is not an argument). */
function argumentsOf(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.literal || e.type === TYPE.pound) continue;
    if ('value' in e && typeof e.value === 'string' && e.type !== TYPE.tag) out.add(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select) for (const o of Object.values(e.options)) argumentsOf(o.value, out);
    if (e.type === TYPE.tag) argumentsOf(e.children, out);
  }
  return out;
}
/** The literal text of an ICU text, every branch included (what a reader may see besides the arguments). */
function literalsOf(elements: MessageFormatElement[], out: string[] = []): string[] {
  for (const e of elements) {
    if (e.type === TYPE.literal) out.push(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select) for (const o of Object.values(e.options)) literalsOf(o.value, out);
    if (e.type === TYPE.tag) literalsOf(e.children, out);
  }
  return out;
}
const argsOfKey = (key: string) => new Set(LOCALES.flatMap((l) => [...argumentsOf(parse(MESSAGES[key][l]))]));

/** Source files that name messages (everything but specs and the catalogs themselves). */
function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'node_modules' && name !== 'generated') sourceFiles(p, out);
    } else if (p.endsWith('.ts') && !p.endsWith('.spec.ts') && !p.endsWith('.messages.ts')) out.push(p);
  }
  return out;
}
const ROOTS = ['services', 'gateway', 'infra'];
const SOURCES = ROOTS.flatMap((r) => sourceFiles(r)).map((file) => ({ file, text: readFileSync(file, 'utf8') }));

/** The top-level property names of the object literal starting at `text[start]` ('{'), or null when it spreads something. */
function literalKeys(text: string, start: number): string[] | null {
  let depth = 0;
  let i = start;
  let token = '';
  const keys: string[] = [];
  let spread = false;
  let expectKey = true;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '{' || c === '(' || c === '[') {
      depth++;
      if (depth === 1) continue;
    } else if (c === '}' || c === ')' || c === ']') {
      depth--;
      if (depth === 0) break;
    } else if (c === "'" || c === '`' || c === '"') {
      // skip a string literal (template expressions in it are not keys)
      const q = c;
      for (i++; i < text.length && text[i] !== q; i++) if (text[i] === '\\') i++;
      continue;
    }
    if (depth !== 1) continue;
    if (c === ',') {
      if (token.trim()) keys.push(token.trim());
      token = '';
      expectKey = true;
    } else if (c === ':' && expectKey) {
      keys.push(token.trim());
      token = '';
      expectKey = false;
    } else if (expectKey) token += c;
  }
  if (expectKey && token.trim()) keys.push(token.trim());
  for (const k of keys) if (k.startsWith('...')) spread = true;
  return spread ? null : keys.filter(Boolean).map((k) => k.replace(/^['"]|['"]$/g, ''));
}

describe('the message catalogs', () => {
  const keys = Object.keys(MESSAGES);

  it('holds every owner\'s catalog, keys prefixed by their owner, none defined twice', () => {
    expect(keys.length).toBeGreaterThan(300);
    const all = Object.entries(CATALOGS).flatMap(([owner, c]) => Object.keys(c).map((k) => [owner, k] as const));
    expect(all.filter(([owner, k]) => !k.startsWith(`${owner}.`))).toEqual([]);
    expect(all.length).toBe(keys.length);
  });

  it('has a non-empty zh-CN and English text for every key', () => {
    const missing = keys.flatMap((k) => LOCALES.filter((l) => typeof MESSAGES[k]?.[l] !== 'string' || !MESSAGES[k][l].trim()).map((l) => `${k} ${l}`));
    expect(missing).toEqual([]);
  });

  it('parses every text as ICU MessageFormat', () => {
    const broken: string[] = [];
    for (const k of keys) for (const l of LOCALES) {
      try {
        parse(MESSAGES[k][l]);
      } catch (err) {
        broken.push(`${k} ${l}: ${(err as Error).message}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('uses the same arguments in zh-CN and English', () => {
    const differ = keys.filter((k) => {
      const [zh, en] = LOCALES.map((l) => [...argumentsOf(parse(MESSAGES[k][l]))].sort().join(','));
      return zh !== en;
    });
    expect(differ).toEqual([]);
  });

  it('writes no Latin sentence in a zh-CN text (codes, field names and units only)', () => {
    // Three or more Latin words in a row read as an English sentence; codes and identifiers stand alone.
    const latin = keys.filter((k) => literalsOf(parse(MESSAGES[k]['zh-CN'])).some((t) => /[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}/.test(t)));
    expect(latin).toEqual([]);
  });

  it('every msg(\'key\', { … }) with literal parameters gives each argument its texts use, and names a key that exists', () => {
    const calls: { where: string; key: string; given: string[] | null }[] = [];
    for (const { file, text } of SOURCES) {
      const re = /\bmsg\(\s*'([^']+)'\s*(,\s*)?/g;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const after = m.index + m[0].length;
        const given = m[2] ? (text[after] === '{' ? literalKeys(text, after) : null) : [];
        calls.push({ where: `${file}:${text.slice(0, m.index).split('\n').length}`, key: m[1], given });
      }
    }
    expect(calls.length).toBeGreaterThan(250);
    expect(calls.filter((c) => !MESSAGES[c.key]).map((c) => `${c.where} ${c.key}`)).toEqual([]);
    const short = calls
      .filter((c) => c.given !== null && MESSAGES[c.key])
      .flatMap((c) => [...argsOfKey(c.key)].filter((a) => !c.given!.includes(a)).map((a) => `${c.where} ${c.key} lacks {${a}}`));
    expect(short).toEqual([]);
  });

  it('every status, kind or other value key a template names exists for each value', () => {
    // Keys built from a value (`alliances.status.${s}`) are checked against the values the contracts allow.
    const families: Record<string, readonly string[]> = {
      'alliances.status': ['FORMING', 'ACTIVE', 'SUSPENDED', 'DISSOLVED'],
      'alliances.membershipStatus': ['PENDING', 'ACTIVE', 'REJECTED', 'ENDED'],
      'organizations.kind': ['SCHOOL', 'ENTERPRISE', 'RESEARCH_INSTITUTE', 'INDUSTRY_ASSOCIATION', 'GOVERNMENT', 'OTHER'],
      'organizations.changeField': ['NAME', 'REGION', 'CLASSIFICATION', 'DESIGNATED_SIZE'],
      'trainingBases.bookingStatus': ['PENDING', 'CONFIRMED', 'REJECTED', 'CANCELLED', 'COMPLETED'],
      'trainingBases.baseStatus': ['ACTIVE', 'SUSPENDED', 'CLOSED'],
      'trainingBases.purpose': ['TRAINING', 'INTERNSHIP', 'COURSE', 'ASSESSMENT', 'RESEARCH'],
      'trainingBases.weekday': ['1', '2', '3', '4', '5', '6', '7'],
      'grants.applicationStatus': ['SUBMITTED', 'APPROVED', 'REJECTED'],
      'grants.criterion': ['MIN_SCHOOLS', 'MIN_DISTINCT_SCHOOL_TYPES', 'MIN_ENTERPRISES', 'ALLIANCE_ACTIVE', 'LEAD_IN_GOOD_STANDING'],
      'projects.status': ['PROPOSED', 'ACTIVE', 'COMPLETED', 'TERMINATED'],
      'projects.outputKind': ['PATENT', 'SOFTWARE_COPYRIGHT', 'STANDARD', 'PAPER', 'PRODUCT', 'PROCESS'],
      'cooperation.status': ['DRAFT', 'SIGNED', 'IN_FORCE', 'EXPIRED', 'TERMINATED'],
      'cooperation.claimStatus': ['SUBMITTED', 'APPROVED', 'REJECTED', 'UNKNOWN'],
      'cooperation.parameter': ['perPersonYearFen', 'perInternMonthFen', 'fixedFen', 'continuousMonths', 'perGraduateFen'],
      'listings.status': ['DRAFT', 'OPEN', 'MATCHED', 'CLOSED', 'EXPIRED'],
      'listings.interestStatus': ['PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'],
      'matchmaking.status': ['SCHEDULED', 'HELD', 'CANCELLED'],
      'certification.status': ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'IN_NOTICE', 'IN_RESERVE', 'CERTIFIED', 'REJECTED'],
      'certification.step': ['attach', 'submit', 'assignReviewers', 'review', 'decide', 'object', 'resolveObjection', 'enterReserve', 'certify', 'yearlyReport', 'levy', 'falseInformation'],
      'certification.condition': ['INDUSTRY_IN', 'MIN_EMPLOYEES', 'MIN_AGREEMENTS_IN_FORCE', 'MIN_INTERN_PERSON_MONTHS', 'MIN_APPRENTICES', 'MIN_TRAINING_BASES', 'MIN_PROJECTS', 'MIN_ATTACHMENTS'],
      'infra.role': ['PLATFORM_ADMIN', 'ORG_ADMIN', 'FUNDER', 'MEMBER'],
      // fastest-validator's types: the gateway falls back to infra.validation.invalid for a type without a text.
      'infra.validation': ['required', 'string', 'number', 'array', 'object', 'boolean', 'enumValue', 'invalid'],
    };
    const used = new Set(SOURCES.flatMap(({ text }) => [...text.matchAll(/`([a-zA-Z]+\.[a-zA-Z]+)\.\$\{/g)].map((m) => m[1])));
    expect([...used].filter((f) => !families[f]).sort()).toEqual([]);
    const missing = Object.entries(families).flatMap(([f, values]) => values.filter((v) => !MESSAGES[`${f}.${v}`]).map((v) => `${f}.${v}`));
    expect(missing).toEqual([]);
  });
});

describe('rendering', () => {
  it('writes dates as 2026年12月1日 in zh-CN and YYYY-MM-DD in English', () => {
    const m = msg('grants.detailGoodStanding', { date: P.date('2026-12-01') });
    expect(render(m.key, m.params, 'zh-CN')).toBe('2026年12月1日未被取消资格');
    expect(m.message).toBe('in good standing on 2026-12-01');
  });

  it('writes money as ¥1,000,000.00 from integer fen, and times in the given zone', () => {
    expect(render('revenue.deductionsExceedGross', { kind: 'PATENT_FEE', short: P.money(100_000_000) }, 'en')).toContain('¥1,000,000.00');
    expect(render('grants.windowClosedAt', { at: P.time('2026-11-30T16:30:00.000Z') }, 'zh-CN')).toBe('该资助项目已于 2026年12月1日 00:30关闭');
    expect(render('grants.windowClosedAt', { at: P.time('2026-11-30T16:30:00.000Z') }, 'en')).toBe('the program was closed at 2026-12-01 00:30');
  });

  it('translates status values inside sentences and joins lists per locale', () => {
    const p = { from: P.key('alliances.status.ACTIVE'), to: P.key('alliances.status.FORMING'), allowed: P.list([P.key('alliances.status.SUSPENDED'), P.key('alliances.status.DISSOLVED')], 'disjunction'), final: 'no' };
    expect(render('alliances.statusTransition', p, 'zh-CN')).toBe('联盟当前状态为“运行中”，只能变更为暂停或已解散，不能变更为“筹建中”。');
    expect(render('alliances.statusTransition', p, 'en')).toBe('The alliance is ACTIVE; it can become SUSPENDED or DISSOLVED, not FORMING.');
  });

  it('answers an unknown key with the key itself, never throwing', () => {
    expect(render('nobody.knows', {}, 'zh-CN')).toBe('nobody.knows');
  });

  it('chooses the locale: x-lang/cookie first, then Accept-Language by q, else zh-CN', () => {
    expect(negotiateLocale(null)).toBe('zh-CN');
    expect(negotiateLocale('en-US,en;q=0.9')).toBe('en');
    expect(negotiateLocale('fr-FR, en;q=0.5, zh-CN;q=0.8')).toBe('zh-CN');
    expect(negotiateLocale('en;q=0, fr')).toBe('zh-CN');
    expect(negotiateLocale('zh-CN', 'en')).toBe('en');
    expect(negotiateLocale('en', 'zh-Hans')).toBe('zh-CN');
    expect(negotiateLocale('en', 'xx')).toBe('en');
  });
});
