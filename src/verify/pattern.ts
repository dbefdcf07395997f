/**
 * Regular expressions from curricula (`matches:` in verify probes) run on a
 * learner's files, so a careless or hostile pattern must not hang verify.
 * Patterns are matched by V8's usual (fast, backtracking) engine, with V8's
 * fallback switched on: an execution that backtracks more than a few million
 * times is run again on V8's linear-time engine, which cannot blow up. That
 * engine is slow (about 1 MB/s) but only ever takes over from runaway
 * backtracking. It refuses backreferences and lookaround and knows no `i`
 * flag, so the validator accepts only patterns it can run (checked with its
 * `l` flag), and case-insensitive matching lowercases the text instead.
 * Where the engine is missing (a future Node without these flags), patterns
 * with nested quantifiers are refused and the rest run as they are.
 */
import { setFlagsFromString } from 'node:v8';
import type { PatternIssue } from '../curriculum/issues.js';

export const MAX_PATTERN_LENGTH = 300;

/** Whether V8's linear-time engine is available; known after the first enable. */
let linear: boolean | undefined;
let users = 0;

/**
 * Switches on V8's linear-time engine and its fallback for runaway
 * backtracking (both checked when a pattern runs, not when it is compiled),
 * until the matching disable. V8 flags are part of what its code cache is
 * checked against, so they are switched off again before the process exits:
 * otherwise every cache boot.ts writes after a verify or a validation would be
 * rejected by the next run.
 */
export function enableSafeRegexps(): void {
  if (users++ > 0) return;
  try {
    setFlagsFromString('--enable-experimental-regexp-engine');
    setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');
    // Enough for any sane pattern on a 1 MB file (a few per character); a runaway one gives up after ~0.1-0.4 s.
    setFlagsFromString('--regexp-backtracks-before-fallback=5000000');
    linear ??= new RegExp('a', 'l').flags.includes('l');
  } catch {
    linear = false;
  }
}

export function disableSafeRegexps(): void {
  if (--users > 0) return;
  users = 0;
  try {
    // V8's defaults.
    setFlagsFromString('--no-enable-experimental-regexp-engine');
    setFlagsFromString('--no-enable-experimental-regexp-engine-on-excessive-backtracks');
    setFlagsFromString('--regexp-backtracks-before-fallback=50000');
  } catch {
    // Nothing to undo.
  }
}

/** Runs `work` with safe regular expressions switched on. */
export async function withSafeRegexps<T>(work: () => Promise<T> | T): Promise<T> {
  enableSafeRegexps();
  try {
    return await work();
  } finally {
    disableSafeRegexps();
  }
}

/** A quantified group that itself holds a quantifier, such as (a+)+ or (\w*)*: exponential on a backtracking engine. */
function nestedQuantifier(source: string): boolean {
  const stack: boolean[] = [];
  let inner = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '[') {
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      continue;
    }
    if (ch === '(') {
      stack.push(inner);
      inner = false;
    } else if (ch === ')') {
      const quantified = /^[*+?{]/.test(source[i + 1] ?? '');
      if (quantified && inner) return true;
      inner = (stack.pop() ?? false) || inner || quantified;
    } else if (ch === '*' || ch === '+' || ch === '{') inner = true;
  }
  return false;
}

/** A regular expression we build ourselves (from a glob); run it inside withSafeRegexps. */
export function safeRegExp(source: string): RegExp {
  return new RegExp(source);
}

/** Why a pattern is not accepted, or undefined when it is. */
export function patternProblem(source: string, options: { ignoreCase?: boolean } = {}): PatternIssue | undefined {
  if (!source) return { code: 'empty' };
  if (source.length > MAX_PATTERN_LENGTH) return { code: 'too-long', max: MAX_PATTERN_LENGTH };
  if (options.ignoreCase && /[A-Z]/.test(source.replace(/\\./g, ''))) return { code: 'ignore-case' };
  try {
    new RegExp(source, 'm');
  } catch (error) {
    return { code: 'syntax', detail: (error as Error).message.replace(/^Invalid regular expression: /, '') };
  }
  enableSafeRegexps();
  let linearOk: boolean | undefined;
  try {
    if (linear) {
      try {
        new RegExp(source, 'ml');
        linearOk = true;
      } catch {
        linearOk = false;
      }
    }
  } finally {
    disableSafeRegexps();
  }
  if (linearOk === false) return { code: 'not-linear' };
  if (linearOk === undefined && (nestedQuantifier(source) || /\\[1-9]|\(\?<?[=!]/.test(source))) {
    return { code: 'exponential' };
  }
  return undefined;
}

export interface TextPattern {
  source: string;
  ignoreCase: boolean;
  test(text: string): boolean;
  /** The 1-based line of the first match, or 0. */
  firstLine(text: string): number;
  /** The first match's line number and that line's text, or undefined. */
  firstMatch(text: string): { line: number; text: string } | undefined;
  /** Whether it matches text that is already lowercased when the pattern ignores case. */
  testPrepared(text: string): boolean;
}

/**
 * A pattern that `patternProblem` accepted, matched with `^` and `$` at line
 * breaks. Throws for a pattern it did not accept (the curriculum validator
 * reports those first).
 */
const compiled = new Map<string, TextPattern>();

export function compilePattern(source: string, ignoreCase = false): TextPattern {
  const key = `${ignoreCase ? 'i' : '-'}${source}`;
  let pattern = compiled.get(key);
  if (!pattern) compiled.set(key, (pattern = compile(source, ignoreCase)));
  return pattern;
}

function compile(source: string, ignoreCase: boolean): TextPattern {
  const problem = patternProblem(source, { ignoreCase });
  if (problem) throw new Error(`pattern /${source}/ was not checked by the curriculum validator (${problem.code})`);
  const regex = new RegExp(source, 'm');
  const prepare = (text: string) => (ignoreCase ? text.toLowerCase() : text);
  return {
    source,
    ignoreCase,
    test: (text) => regex.test(prepare(text)),
    testPrepared: (text) => regex.test(text),
    firstLine(text) {
      return this.firstMatch(text)?.line ?? 0;
    },
    firstMatch(text) {
      const prepared = prepare(text);
      const match = regex.exec(prepared);
      if (!match) return undefined;
      let line = 1;
      let start = 0;
      for (let i = prepared.indexOf('\n'); i >= 0 && i < match.index; i = prepared.indexOf('\n', i + 1)) {
        line++;
        start = i + 1;
      }
      // The original text's line (lowercasing keeps line breaks where they were).
      const lines = text.split('\n');
      return { line, text: (lines[line - 1] ?? prepared.slice(start, prepared.indexOf('\n', start) >>> 0)).trim().slice(0, 120) };
    },
  };
}
