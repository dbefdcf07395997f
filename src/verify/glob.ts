/**
 * Paths and globs in verify probes: always relative to the learner's project,
 * never leaving it. `*` and `?` match within one path segment (names starting
 * with a dot included), `**` as a whole segment matches any number of
 * directories (none included), `{a,b}` picks alternatives. Nothing else is
 * special: every other character matches itself.
 */
import type { GlobIssue } from '../curriculum/issues.js';
import { safeRegExp } from './pattern.js';

export const MAX_PATH_LENGTH = 200;
/** Brace alternatives multiply: a bound keeps one pattern from becoming thousands. */
const MAX_EXPANSIONS = 32;

/** Why a probe path or glob is not accepted, or undefined. A trailing slash is allowed where `directory` is set (git check-ignore paths). */
export function globProblem(pattern: string, options: { directory?: boolean } = {}): GlobIssue | undefined {
  if (!pattern.trim()) return { code: 'empty' };
  if (pattern.length > MAX_PATH_LENGTH) return { code: 'too-long', max: MAX_PATH_LENGTH };
  if (/[\u0000-\u001f\u007f]/.test(pattern)) return { code: 'control' };
  if (pattern.startsWith('/') || pattern.startsWith('~') || /^[A-Za-z]:/.test(pattern)) return { code: 'absolute' };
  if (pattern.includes('\\')) return { code: 'backslash' };
  if (/[[\]]/.test(pattern)) return { code: 'class' };
  const body = options.directory && pattern.endsWith('/') ? pattern.slice(0, -1) : pattern;
  let depth = 0;
  for (const ch of body) {
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    if (depth < 0 || depth > 1) return { code: 'braces' };
  }
  if (depth !== 0) return { code: 'braces' };
  const expansions = expandBraces(body);
  if (expansions.length > MAX_EXPANSIONS) return { code: 'expansions', max: MAX_EXPANSIONS };
  for (const path of expansions) {
    for (const segment of path.split('/')) {
      if (segment === '') return { code: 'empty-segment' };
      if (segment === '.' || segment === '..') return { code: 'dot-segment' };
      if (segment === '.git') return { code: 'dot-git' };
      if (segment.includes('**') && segment !== '**') return { code: 'double-star' };
      if ((segment.match(/[*?]/g) ?? []).length > 4) return { code: 'wildcards' };
    }
  }
  return undefined;
}

/** `a/{b,c}/d` → `a/b/d`, `a/c/d`. */
export function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{');
  if (open < 0) return [pattern];
  const close = pattern.indexOf('}', open);
  if (close < 0) return [pattern];
  const head = pattern.slice(0, open);
  const tail = pattern.slice(close + 1);
  const out: string[] = [];
  for (const choice of pattern.slice(open + 1, close).split(',')) {
    for (const rest of expandBraces(tail)) {
      out.push(head + choice + rest);
      if (out.length > MAX_EXPANSIONS) return out;
    }
  }
  return out;
}

export const hasWildcard = (segment: string): boolean => /[*?]/.test(segment);

const escape = (text: string) => text.replace(/[.+^${}()|\\]/g, '\\$&');

/** One segment (no braces) as an anchored regular expression. */
export function segmentRegExp(segment: string): RegExp {
  return safeRegExp(`^${escape(segment).replace(/\*+/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
}

/** A whole glob (braces expanded) as one anchored expression over a relative path. */
export function globRegExp(pattern: string): RegExp {
  const alternatives = expandBraces(pattern.replace(/\/$/, '')).map((path) =>
    path
      .split('/')
      .map((segment, i, all) => (segment === '**' ? (i === all.length - 1 ? '.*' : '(?:[^/]+/)*') : `${escape(segment).replace(/\*+/g, '[^/]*').replace(/\?/g, '[^/]')}${i === all.length - 1 ? '' : '/'}`))
      .join(''),
  );
  return safeRegExp(`^(?:${alternatives.join('|')})$`);
}
