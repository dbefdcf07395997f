/**
 * Paths and globs in verify probes: always relative to the learner's project,
 * never leaving it. `*` and `?` match within one path segment (names starting
 * with a dot included), `**` as a whole segment matches any number of
 * directories (none included), `{a,b}` picks alternatives. Nothing else is
 * special: every other character matches itself.
 */
import { safeRegExp } from './pattern.js';

export const MAX_PATH_LENGTH = 200;
/** Brace alternatives multiply: a bound keeps one pattern from becoming thousands. */
const MAX_EXPANSIONS = 32;

/** Why a probe path or glob is not accepted, or undefined. A trailing slash is allowed where `directory` is set (git check-ignore paths). */
export function globProblem(pattern: string, options: { directory?: boolean } = {}): string | undefined {
  if (!pattern.trim()) return 'the path is empty';
  if (pattern.length > MAX_PATH_LENGTH) return `the path is longer than ${MAX_PATH_LENGTH} characters`;
  if (/[\u0000-\u001f\u007f]/.test(pattern)) return 'the path contains a control character';
  if (pattern.startsWith('/') || pattern.startsWith('~') || /^[A-Za-z]:/.test(pattern)) return 'paths are relative to the project: no leading /, ~ or drive letter';
  if (pattern.includes('\\')) return 'use / between directories (a backslash is not allowed)';
  if (/[[\]]/.test(pattern)) return 'character classes ([…]) are not supported; use {a,b} or ?';
  const body = options.directory && pattern.endsWith('/') ? pattern.slice(0, -1) : pattern;
  let depth = 0;
  for (const ch of body) {
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    if (depth < 0 || depth > 1) return 'braces must pair up and cannot nest';
  }
  if (depth !== 0) return 'braces must pair up and cannot nest';
  const expansions = expandBraces(body);
  if (expansions.length > MAX_EXPANSIONS) return `the braces expand to more than ${MAX_EXPANSIONS} paths`;
  for (const path of expansions) {
    for (const segment of path.split('/')) {
      if (segment === '') return 'the path has an empty segment (// or a trailing /)';
      if (segment === '.' || segment === '..') return 'paths may not contain . or .. segments (they must stay inside the project)';
      if (segment === '.git') return 'paths may not look inside .git; use a git probe for repository facts';
      if (segment.includes('**') && segment !== '**') return '** must be a whole path segment, as in src/**/*.py';
      if ((segment.match(/[*?]/g) ?? []).length > 4) return 'at most four * or ? in one path segment';
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
