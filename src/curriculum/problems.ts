/**
 * Turns zod issues into located curriculum problems with our own codes
 * (issues.ts): zod's English messages are never shown. A custom issue names
 * its rule in `params.issue`; zod's own issues are translated by their code
 * and the field they are about.
 */
import type * as z from 'zod';
import type { CurriculumProblem } from '../errors.js';
import { got, type CurriculumIssue } from './issues.js';
import type { YamlFile } from './yaml-file.js';

type Issue = z.core.$ZodIssue;

const fieldOf = (path: readonly PropertyKey[]) => String(path.at(-1) ?? 'value');

/** What one zod issue (at `path`, which includes the issue's own path) means for a learner. */
function translate(issue: Issue, path: readonly PropertyKey[]): { path: readonly PropertyKey[]; issue: CurriculumIssue; key?: boolean }[] {
  const field = fieldOf(path);
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'custom': {
      const ours = (issue.params as { issue?: CurriculumIssue } | undefined)?.issue;
      return [{ path, issue: ours ?? { code: 'invalid', field } }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], issue: { code: 'unknown-field', key }, key: true }));
    case 'invalid_type':
      if (input === undefined) return [{ path, issue: { code: 'missing-field', field } }];
      return [{ path, issue: { code: 'wrong-type', field, expected: issue.expected, got: got(input) } }];
    case 'invalid_value':
      if (field === 'formatVersion') return [{ path, issue: { code: 'format-version' } }];
      return [{ path, issue: { code: 'one-of', field, values: issue.values.map((v) => String(v)) } }];
    case 'too_small':
      return [{ path, issue: { code: 'too-small', field, origin: origin(issue.origin), minimum: Number(issue.minimum), inclusive: issue.inclusive !== false } }];
    case 'too_big':
      return [{ path, issue: { code: 'too-big', field, origin: origin(issue.origin), maximum: Number(issue.maximum) } }];
    case 'invalid_union':
      return union(issue, path);
    case 'invalid_key':
      // A record's key (a match answer's left side): the key's own problems, at the key.
      return issue.issues.flatMap((inner) => translate(inner as Issue, [...path, ...inner.path])).map((t) => ({ ...t, key: true }));
    case 'invalid_element':
      return issue.issues.flatMap((inner) => translate(inner as Issue, [...path, ...inner.path]));
    default:
      return [{ path, issue: { code: 'invalid', field } }];
  }
}

const origin = (o: string): 'array' | 'string' | 'number' => (o === 'array' || o === 'set' ? 'array' : o === 'string' ? 'string' : 'number');

/**
 * No branch of a union fit. A question whose "type" is none of ours says so;
 * when every branch wanted another type of value, the field's types are
 * listed; otherwise the branch that came closest (fewest issues) speaks.
 */
function union(issue: z.core.$ZodIssueInvalidUnion, path: readonly PropertyKey[]): ReturnType<typeof translate> {
  if (path.length && (issue as { note?: string }).note?.includes('discriminator')) return [{ path: [...path, 'type'], issue: { code: 'question-type' } }];
  const branches = issue.errors.filter((e) => e.length);
  const field = fieldOf(path);
  const typeOnly = branches.every((e) => e.length === 1 && e[0]!.code === 'invalid_type' && e[0]!.path.length === 0);
  if (branches.length && typeOnly) {
    const input = (branches[0]![0] as { input?: unknown }).input;
    if (input === undefined) return [{ path, issue: { code: 'missing-field', field } }];
    const expected = [...new Set(branches.map((e) => (e[0] as z.core.$ZodIssueInvalidType).expected as string))];
    return [{ path, issue: { code: 'wrong-types', field, expected, got: got(input) } }];
  }
  const closest = [...branches].sort((a, b) => a.length - b.length)[0];
  if (!closest) return [{ path, issue: { code: 'invalid', field } }];
  return closest.flatMap((inner) => translate(inner as Issue, [...path, ...inner.path]));
}

export function issueToProblems(file: YamlFile, issue: Issue): CurriculumProblem[] {
  return translate(issue, issue.path).map((t) => ({ file: file.file, ...file.locate(t.path, t.key ?? false), issue: t.issue }));
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
      if (match) problems.push({ file: file.file, ...file.locate(path), issue: { code: 'control-text', char: codeOf(match[0]) } });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, [...path, i]));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        // A key is printed too ("unknown field …"): it may not carry escape codes either.
        const inKey = CONTROL.exec(k) ?? BIDI.exec(k);
        if (inKey) problems.push({ file: file.file, ...file.locate([...path, k], true), issue: { code: 'control-key', char: codeOf(inKey[0]) } });
        // The schema would drop it without a word (it names an object's prototype in JavaScript).
        if (k === '__proto__') problems.push({ file: file.file, ...file.locate([...path, k], true), issue: { code: 'proto-key' } });
        walk(v, [...path, k]);
      }
    }
  };
  walk(file.data, []);
  return problems;
}
