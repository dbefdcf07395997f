/**
 * A guide's own unit names: "1주차", "Week 0", "Module 3", "PART 2", "Day 1-7".
 * `namesAUnit` tells whether a title names one; `splitLabel` separates the
 * label from the title, so "Week 3: Helm" shows as label "Week 3" and title
 * "Helm", never "Week 4: Week 3: Helm".
 */

// A length ("총 3주", "3주간", "4주 과정") is not a unit: 주 alone names one only when nothing around it says duration.
const WORDS = '(?:week|wk|module|unit|stage|phase|step|lesson|chapter|part|session|sprint|day|round|lecture|class)';
const KO = '(?:주차|주\\s*차|단계|일차|차시|회차|강|장|부|모듈|챕터|파트|세션)';
const NUMBER = '\\d+(?:\\s*[-–~]\\s*\\d+)?';
const UNIT = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(?:${WORDS}\\s*#?\\s*${NUMBER}|\\d+\\s*${KO}(?![\\p{L}\\p{N}])|(?<!(?:총|전체|약|매|최소|최대|모두)\\s*|[-–~]\\s*\\d*)\\d+\\s*주(?![\\p{L}\\p{N}])(?!\\s*(?:간|동안|과정|짜리|코스))|(?:제\\s*)?\\d+\\s*${KO}|${KO}\\s*${NUMBER}(?![\\p{L}\\p{N}]))`,
  'iu',
);

export function namesAUnit(text: string): boolean {
  return UNIT.test(text);
}

/** Week words (not module, part, day…): the level a learner counts in, when units nest. */
export const namesAWeek = (text: string) => /(?:^|[^\p{L}])(?:week|wk)\s*#?\s*\d|\d+\s*주\s*차|\d+\s*주(?![\p{L}\p{N}])(?!\s*(?:간|동안|과정))/iu.test(text);

// A label starts a title after emoji, brackets, numbering ("1.") and "#".
const AFTER = /^[\s\]):】〕」.：\-–—|·,/*_~]*/u;

export interface Labelled {
  label?: string;
  title: string;
  /** "1주차 (3/4)": the date after a label, for the unit's summary. */
  date?: string;
}

/** "📅 1주차 — HTML과 CSS" → { label: "1주차", title: "HTML과 CSS" }; a title without a leading unit name stays whole. */
export function splitLabel(text: string): Labelled {
  const lead = /^[\s\p{Extended_Pictographic}\uFE0F\u200d[(【〔「#*_~>|-]*(?:\d+[.)]\s+)?/u.exec(text)?.[0] ?? '';
  const body = text.slice(lead.length);
  const m = new RegExp(`^(?:${WORDS}\\s*#?\\s*${NUMBER}|(?:제\\s*)?${NUMBER}\\s*${KO}|${NUMBER}\\s*주(?![\\p{L}\\p{N}])|${KO}\\s*${NUMBER})`, 'iu').exec(body);
  if (!m) return { title: text.trim() };
  const label = m[0].trim();
  const rest = body.slice(m[0].length).replace(AFTER, '').trim();
  // "Week 1" alone is its own title; a closing bracket left over ("[1주차] 환경") is dropped.
  if (!rest) return { title: label };
  // "1주차 (3/4)", "Week 2 - 2024.03.11": a date is no title.
  const date = /^\(?\s*(\d{1,4}[./-]\d{1,2}(?:[./-]\d{1,4})?(?:\s*[~–-]\s*\d{1,4}(?:[./-]\d{1,2}){0,2})?)\s*\)?$/.exec(rest);
  if (date) return { title: label, date: date[1]! };
  // "Week 1 (Foundations)": the brackets only set the title apart.
  return { label, title: rest.replace(/^[(（]([^()（）]+)[)）]$/u, '$1') };
}

/** The number in a label ("Week 0" → 0, "PART 2" → 2), for the report. */
export const labelNumber = (label: string) => Number(/\d+/.exec(label)?.[0] ?? NaN);
