/** Turns zod issues into located, readable curriculum problems. */
import type * as z from 'zod';
import type { CurriculumProblem } from '../errors.js';
import type { YamlFile } from './yaml-file.js';
import { describe } from './schema.js';

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map',
};

export function issueToProblems(file: YamlFile, issue: z.core.$ZodIssue): CurriculumProblem[] {
  const path = issue.path;
  const where = (p: readonly PropertyKey[], key = false) => ({ file: file.file, ...file.locate(p, key) });
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ ...where([...path, key], true), message: `unknown field "${key}"` }));
    case 'invalid_type': {
      const input = (issue as { input?: unknown }).input;
      const field = String(path.at(-1) ?? 'value');
      if (input === undefined) return [{ ...where(path), message: `missing required field "${field}"` }];
      return [{ ...where(path), message: `"${field}" should be ${TYPE_WORDS[issue.expected] ?? issue.expected}, got ${describe(input)}` }];
    }
    case 'invalid_value':
      return [{ ...where(path), message: `"${String(path.at(-1) ?? 'value')}" must be one of: ${issue.values.map((v) => String(v)).join(', ')}` }];
    case 'too_small': {
      // positive() is "greater than 0", not "at least 0" (a week 0 was told it needs at least 0).
      const bound = issue.inclusive === false ? `a number greater than ${issue.minimum}` : `at least ${issue.minimum}`;
      const what = issue.origin === 'array' ? `at least ${issue.minimum} entries` : issue.origin === 'string' ? 'some text' : bound;
      return [{ ...where(path), message: `"${String(path.at(-1) ?? 'value')}" needs ${what}` }];
    }
    case 'invalid_union': {
      if (path.length && (issue as { note?: string }).note?.includes('discriminator')) {
        return [{ ...where([...path, 'type']), message: 'question "type" must be one of: single, multiple, truefalse, short, order, match' }];
      }
      return [{ ...where(path), message: issue.message }];
    }
    default:
      return [{ ...where(path), message: issue.message }];
  }
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const codeOf = (ch: string) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Control characters (ESC above all) in any string or key would reach the terminal raw; a __proto__ key would vanish. */
export function controlCharacterProblems(file: YamlFile): CurriculumProblem[] {
  const problems: CurriculumProblem[] = [];
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') {
      const match = CONTROL.exec(value);
      if (match) {
        const code = match[0].charCodeAt(0).toString(16).padStart(4, '0');
        problems.push({ file: file.file, ...file.locate(path), message: `control character U+${code.toUpperCase()} in text (terminal escape codes are not allowed)` });
      }
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, [...path, i]));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        // A key is printed too ("unknown field …"): it may not carry escape codes either.
        const inKey = CONTROL.exec(k) ?? BIDI.exec(k);
        if (inKey) problems.push({ file: file.file, ...file.locate([...path, k], true), message: `control character ${codeOf(inKey[0])} in a field name (terminal escape codes are not allowed)` });
        // The schema would drop it without a word (it names an object's prototype in JavaScript).
        if (k === '__proto__') problems.push({ file: file.file, ...file.locate([...path, k], true), message: 'a key "__proto__" is not allowed (use an ID: lowercase letters, digits and dashes)' });
        walk(v, [...path, k]);
      }
    }
  };
  walk(file.data, []);
  return problems;
}
