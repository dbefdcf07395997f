/**
 * What can be wrong in a curriculum, as data: a code and the values a message
 * needs. The loader, the schema and the cross-checks say what they found
 * here; the catalogue (src/i18n/curriculum-problems.ts) words it in the run's
 * language. zod's and yaml's own English never reaches a learner: their
 * issues are translated into these codes first (problems.ts).
 */
import type { Refusal } from '../util/regular-file.js';

/** What a value was, for "should be a number, got …". */
export type Got = { kind: 'nothing' | 'list' | 'map' } | { kind: 'value'; type: string; json: string };

/** Why a probe path or glob is refused (src/verify/glob.ts). */
export type GlobIssue =
  | { code: 'empty' | 'control' | 'absolute' | 'backslash' | 'class' | 'braces' | 'empty-segment' | 'dot-segment' | 'dot-git' | 'double-star' | 'wildcards' | 'not-glob' }
  | { code: 'too-long' | 'expansions'; max: number };

/** Why a probe pattern is refused (src/verify/pattern.ts). `detail` is the JavaScript engine's own words. */
export type PatternIssue = { code: 'empty' | 'ignore-case' | 'not-linear' | 'exponential' } | { code: 'too-long'; max: number } | { code: 'syntax'; detail: string };

/** The kinds of thing an ID names, for "unknown topic" and "duplicate id". */
export type IdKind = 'tool' | 'tool category' | 'resource' | 'project' | 'topic' | 'week' | 'item' | 'appendix unit' | 'process step' | 'lifecycle stage' | 'roadmap stage' | 'checklist section' | 'item alias' | 'question' | 'question alias';

export type CurriculumIssue =
  // Reading the file
  | { code: 'unreadable'; refusal: Refusal }
  | { code: 'file-too-big'; size: number; max: number }
  | { code: 'not-utf8' }
  /** `detail`: the yaml library's own message (English), shown in English runs; `yaml`: its error code. */
  | { code: 'yaml'; yaml: string; detail: string }
  | { code: 'no-weeks' }
  // The shape (zod, translated)
  | { code: 'unknown-field'; key: string }
  | { code: 'missing-field'; field: string }
  | { code: 'wrong-type'; field: string; expected: string; got: Got }
  | { code: 'wrong-types'; field: string; expected: string[]; got: Got }
  | { code: 'one-of'; field: string; values: string[] }
  | { code: 'too-small'; field: string; origin: 'array' | 'string' | 'number'; minimum: number; inclusive: boolean }
  | { code: 'too-big'; field: string; origin: 'array' | 'string' | 'number'; maximum: number }
  | { code: 'question-type' }
  | { code: 'invalid'; field: string }
  // Our own rules in the schema
  | { code: 'id-format' | 'url' | 'text-empty' | 'duration-range' | 'duration-order' | 'date' | 'format-version' | 'roadmap-stages' | 'checklist-items' | 'package-name' | 'version-string' | 'part-number' }
  | { code: 'url-control'; char: string }
  | { code: 'text-needs-map'; languages: string[] }
  | { code: 'text-type'; got: Got }
  | { code: 'text-unknown-lang'; key: string; languages: string[] }
  | { code: 'text-lang-empty' | 'text-missing-lang'; lang: string }
  | { code: 'control-text' | 'control-key'; char: string }
  | { code: 'proto-key' }
  // verify probes
  | { code: 'glob'; issue: GlobIssue }
  | { code: 'pattern'; issue: PatternIssue }
  | { code: 'key-empty-segment' | 'file-probe-match' | 'git-ignored-path' | 'git-path-only' | 'git-matches-only' | 'probe-map' | 'any-nested' }
  | { code: 'key-segments'; max: number }
  | { code: 'probe-predicates'; found: string[] }
  | { code: 'probe-kinds'; kinds: string[] }
  | { code: 'probe-kind-missing'; kinds: string[] }
  // The whole course (cross-check.ts)
  | { code: 'duplicate-id'; id: string; at: string }
  | { code: 'unknown-ref'; kind: IdKind; id: string; guesses: string[] }
  | { code: 'deliverable'; n: number; count: number }
  | { code: 'week-twice'; week: number; other: string }
  | { code: 'part-twice'; part: number; of: string; other: string }
  | { code: 'week-gap'; missing: number; before: number }
  | { code: 'no-such-week'; week: number; weeks: number[] }
  | { code: 'listed-twice'; item: string; where: 'roadmap' | 'checklist' }
  | { code: 'pinned-twice'; name: string; index: number }
  | { code: 'unlisted'; item: string; source: 'roadmap' | 'checklist' }
  // Questions (check-question.ts)
  | { code: 'choice-id-twice'; id: string }
  | { code: 'choice-text-twice'; text: string }
  | { code: 'answer-not-choice'; answer: string; choices: string[] }
  | { code: 'answer-twice' | 'accept-twice'; answer: string }
  | { code: 'order-answer'; missing: string[]; extra: string[]; repeats: boolean }
  | { code: 'match-left-missing'; left: string }
  | { code: 'match-not-left'; left: string; lefts: string[] }
  | { code: 'match-not-right'; right: string; rights: string[] }
  | { code: 'match-twice'; right: string; other: string };

export type IssueCode = CurriculumIssue['code'];

/** A zod custom issue says which of our rules it is through `params.issue`. */
export const rule = (issue: CurriculumIssue) => ({ params: { issue } });

export function got(value: unknown): Got {
  if (value === null || value === undefined) return { kind: 'nothing' };
  if (Array.isArray(value)) return { kind: 'list' };
  if (typeof value === 'object') return { kind: 'map' };
  return { kind: 'value', type: typeof value, json: JSON.stringify(value) ?? String(value) };
}
