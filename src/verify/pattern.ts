/**
 * Regular expressions from curricula (`matches:` in verify probes) run on a
 * learner's files, so a careless or hostile pattern must not hang verify.
 * V8's linear-time engine (the `l` flag, enabled here by a V8 flag) runs any
 * pattern it accepts in time linear in the input: no catastrophic
 * backtracking, whatever the pattern. It refuses backreferences and
 * lookaround, and takes only the g, m, s and y flags, so case-insensitive
 * matching lowercases the text instead (and wants patterns in lower case).
 * Where the engine is missing (a future Node without the flag), patterns
 * with nested quantifiers are refused and the rest run on the usual engine.
 */
import { setFlagsFromString } from 'node:v8';

export const MAX_PATTERN_LENGTH = 500;

let linear: boolean | undefined;

/** Whether V8's linear-time engine is available (switched on at the first call). */
function linearEngine(): boolean {
  if (linear === undefined) {
    try {
      setFlagsFromString('--enable-experimental-regexp-engine');
      linear = new RegExp('a', 'l').flags.includes('l');
    } catch {
      linear = false;
    }
  }
  return linear;
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

/** A regular expression we build ourselves (from a glob), on the linear-time engine where there is one. */
export function linearRegExp(source: string): RegExp {
  return new RegExp(source, linearEngine() ? 'l' : '');
}

/** Why a pattern is not accepted, or undefined when it is. */
export function patternProblem(source: string, options: { ignoreCase?: boolean } = {}): string | undefined {
  if (!source) return 'the pattern is empty';
  if (source.length > MAX_PATTERN_LENGTH) return `the pattern is longer than ${MAX_PATTERN_LENGTH} characters`;
  if (options.ignoreCase && /[A-Z]/.test(source.replace(/\\./g, ''))) return 'with ignoreCase, write the pattern in lower case (the text is lowercased before matching)';
  try {
    new RegExp(source, 'm');
  } catch (error) {
    return `not a valid regular expression: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}`;
  }
  if (linearEngine()) {
    try {
      new RegExp(source, 'ml');
    } catch {
      return 'uses a backreference or lookaround, which cannot run in linear time (verify only runs patterns that cannot hang on any file)';
    }
  } else if (nestedQuantifier(source) || /\\[1-9]|\(\?<?[=!]/.test(source)) {
    return 'nests quantifiers, or uses a backreference or lookaround, which could take exponential time on some files';
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
}

/**
 * A pattern that `patternProblem` accepted, matched with `^` and `$` at line
 * breaks. Throws for a pattern it did not accept (the curriculum validator
 * reports those first).
 */
export function compilePattern(source: string, ignoreCase = false): TextPattern {
  const problem = patternProblem(source, { ignoreCase });
  if (problem) throw new Error(`pattern /${source}/: ${problem}`);
  const regex = new RegExp(source, linearEngine() ? 'ml' : 'm');
  const prepare = (text: string) => (ignoreCase ? text.toLowerCase() : text);
  return {
    source,
    ignoreCase,
    test: (text) => regex.test(prepare(text)),
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
