/**
 * Every problem code the domain modules can report has words in both
 * languages, and the Korean words hold no English sentence. The samples are
 * typed by code, so a new code does not compile here until it has a sample:
 * whoever adds one sees this test.
 */
import { describe, expect, it } from 'vitest';
import type { CurriculumIssue, GlobIssue, IssueCode, PatternIssue } from '../../src/curriculum/issues.js';
import type { SkipReason } from '../../src/group/board.js';
import type { FieldProblem } from '../../src/group/snapshot-schema.js';
import { messages } from '../../src/i18n/messages.js';
import type { ProgressProblem } from '../../src/progress/parse.js';
import type { Refusal } from '../../src/util/regular-file.js';
import { englishIn } from '../helpers/english.js';

/** The members of T with code C (also where one member lists several codes). */
type Of<T, C> = T extends { code: infer K } ? (C extends K ? Omit<T, 'code'> & { code: C } : never) : never;
type Samples<T extends { code: string }> = { [C in T['code']]: Of<T, C>[] };

const REFUSALS: Refusal[] = [
  { reason: 'missing' },
  { reason: 'symlink', target: '/etc/passwd' },
  { reason: 'dangling', target: 'gone.yaml' },
  { reason: 'outside', target: '/etc/passwd' },
  { reason: 'directory' },
  { reason: 'fifo' },
  { reason: 'device' },
  { reason: 'socket' },
  { reason: 'special' },
  { reason: 'not-directory' },
  { reason: 'too-big', size: 5 * 1024 * 1024, max: 2 * 1024 * 1024 },
  { reason: 'unreadable', code: 'EACCES' },
];
const GLOBS: Samples<GlobIssue> = {
  empty: [{ code: 'empty' }], control: [{ code: 'control' }], absolute: [{ code: 'absolute' }], backslash: [{ code: 'backslash' }], class: [{ code: 'class' }], braces: [{ code: 'braces' }],
  'empty-segment': [{ code: 'empty-segment' }], 'dot-segment': [{ code: 'dot-segment' }], 'dot-git': [{ code: 'dot-git' }], 'double-star': [{ code: 'double-star' }], wildcards: [{ code: 'wildcards' }],
  'not-glob': [{ code: 'not-glob' }], 'too-long': [{ code: 'too-long', max: 200 }], expansions: [{ code: 'expansions', max: 32 }],
};
const PATTERNS: Samples<PatternIssue> = {
  empty: [{ code: 'empty' }], 'ignore-case': [{ code: 'ignore-case' }], 'not-linear': [{ code: 'not-linear' }], exponential: [{ code: 'exponential' }], 'too-long': [{ code: 'too-long', max: 300 }],
  // The engine's own words are quoted as such, like git's.
  syntax: [{ code: 'syntax', detail: 'Unterminated group' }],
};
const value = { kind: 'value' as const, type: 'string', json: '"two"' };
const CURRICULUM: Samples<CurriculumIssue> = {
  unreadable: REFUSALS.map((refusal) => ({ code: 'unreadable', refusal })),
  'file-too-big': [{ code: 'file-too-big', size: 5 * 1024 * 1024, max: 2 * 1024 * 1024 }],
  'not-utf8': [{ code: 'not-utf8' }],
  yaml: ['BAD_INDENT', 'TAB_AS_INDENT', 'DUPLICATE_KEY', 'MISSING_CHAR', 'ALIASES', 'TAG_RESOLVE_FAILED'].map((yaml) => ({ code: 'yaml', yaml, detail: 'Implicit keys need to be on a single line' })),
  'no-weeks': [{ code: 'no-weeks' }],
  'unknown-field': [{ code: 'unknown-field', key: 'colour' }],
  'missing-field': [{ code: 'missing-field', field: 'title' }],
  'wrong-type': ['string', 'number', 'int', 'boolean', 'array', 'object'].flatMap((expected) => [value, { kind: 'nothing' as const }, { kind: 'list' as const }, { kind: 'map' as const }].map((got) => ({ code: 'wrong-type' as const, field: 'week', expected, got }))),
  'wrong-types': [{ code: 'wrong-types', field: 'key', expected: ['string', 'array'], got: { kind: 'value', type: 'number', json: '3' } }],
  'one-of': [{ code: 'one-of', field: 'kind', values: ['course', 'book'] }],
  'too-small': (['array', 'string', 'number'] as const).flatMap((origin) => [true, false].map((inclusive) => ({ code: 'too-small' as const, field: 'choices', origin, minimum: origin === 'number' ? 0 : 2, inclusive }))),
  'too-big': (['array', 'string', 'number'] as const).map((origin) => ({ code: 'too-big' as const, field: 'any', origin, maximum: 10 })),
  'question-type': [{ code: 'question-type' }],
  invalid: [{ code: 'invalid', field: 'answer' }],
  'id-format': [{ code: 'id-format' }], url: [{ code: 'url' }], 'text-empty': [{ code: 'text-empty' }], 'duration-range': [{ code: 'duration-range' }], 'duration-order': [{ code: 'duration-order' }],
  date: [{ code: 'date' }], 'format-version': [{ code: 'format-version' }], 'roadmap-stages': [{ code: 'roadmap-stages' }], 'checklist-items': [{ code: 'checklist-items' }],
  'package-name': [{ code: 'package-name' }], 'version-string': [{ code: 'version-string' }], 'part-number': [{ code: 'part-number' }],
  'url-control': [{ code: 'url-control', char: 'U+202E' }],
  'text-needs-map': [{ code: 'text-needs-map', languages: ['ko', 'en'] }],
  'text-type': [{ code: 'text-type', got: { kind: 'list' } }],
  'text-unknown-lang': [{ code: 'text-unknown-lang', key: 'fr', languages: ['ko', 'en'] }],
  'text-lang-empty': [{ code: 'text-lang-empty', lang: 'en' }],
  'text-missing-lang': [{ code: 'text-missing-lang', lang: 'en' }, { code: 'text-missing-lang', lang: 'ko' }],
  'control-text': [{ code: 'control-text', char: 'U+001B' }],
  'control-key': [{ code: 'control-key', char: 'U+001B' }],
  'proto-key': [{ code: 'proto-key' }],
  glob: Object.values(GLOBS).flat().map((issue) => ({ code: 'glob', issue })),
  pattern: Object.values(PATTERNS).flat().map((issue) => ({ code: 'pattern', issue })),
  'key-empty-segment': [{ code: 'key-empty-segment' }], 'file-probe-match': [{ code: 'file-probe-match' }], 'git-ignored-path': [{ code: 'git-ignored-path' }], 'git-path-only': [{ code: 'git-path-only' }],
  'git-matches-only': [{ code: 'git-matches-only' }], 'probe-map': [{ code: 'probe-map' }], 'any-nested': [{ code: 'any-nested' }],
  'key-segments': [{ code: 'key-segments', max: 20 }],
  'probe-predicates': [{ code: 'probe-predicates', found: ['equals', 'min'] }],
  'probe-kinds': [{ code: 'probe-kinds', kinds: ['exists', 'file'] }],
  'probe-kind-missing': [{ code: 'probe-kind-missing', kinds: ['exists', 'absent', 'file'] }],
  'duplicate-id': [{ code: 'duplicate-id', id: 'first-item', at: 'weeks/01.yaml:13:9' }],
  'unknown-ref': (['tool', 'tool category', 'resource', 'project', 'topic', 'week', 'item', 'appendix unit', 'process step', 'lifecycle stage', 'roadmap stage', 'checklist section', 'item alias', 'question', 'question alias'] as const).flatMap((kind) => [
    { code: 'unknown-ref' as const, kind, id: 'basic', guesses: ['basics'] },
    { code: 'unknown-ref' as const, kind, id: 'zzz', guesses: [] },
  ]),
  deliverable: [{ code: 'deliverable', n: 3, count: 1 }, { code: 'deliverable', n: 3, count: 2 }],
  'week-twice': [{ code: 'week-twice', week: 2, other: 'weeks/02.yaml' }],
  'part-twice': [{ code: 'part-twice', part: 2, of: 'week-3', other: 'weeks/03-2.yaml' }],
  'week-gap': [{ code: 'week-gap', missing: 2, before: 3 }],
  'no-such-week': [{ code: 'no-such-week', week: 9, weeks: [1, 3, 4] }, { code: 'no-such-week', week: 9, weeks: [] }, { code: 'no-such-week', week: 9, weeks: [1] }],
  'listed-twice': [{ code: 'listed-twice', item: 'a', where: 'roadmap' }, { code: 'listed-twice', item: 'a', where: 'checklist' }],
  'pinned-twice': [{ code: 'pinned-twice', name: 'dvc', index: 0 }],
  unlisted: [{ code: 'unlisted', item: 'a', source: 'roadmap' }, { code: 'unlisted', item: 'a', source: 'checklist' }],
  'choice-id-twice': [{ code: 'choice-id-twice', id: 'a' }],
  'choice-text-twice': [{ code: 'choice-text-twice', text: 'Yes' }],
  'answer-not-choice': [{ code: 'answer-not-choice', answer: 'c', choices: ['a', 'b'] }],
  'answer-twice': [{ code: 'answer-twice', answer: 'a' }],
  'accept-twice': [{ code: 'accept-twice', answer: 'dvc add' }],
  'order-answer': [{ code: 'order-answer', missing: ['c'], extra: ['d'], repeats: true }, { code: 'order-answer', missing: [], extra: [], repeats: false }],
  'match-left-missing': [{ code: 'match-left-missing', left: 'a' }],
  'match-not-left': [{ code: 'match-not-left', left: 'z', lefts: ['a', 'b'] }],
  'match-not-right': [{ code: 'match-not-right', right: 'z', rights: ['x', 'y'] }],
  'match-twice': [{ code: 'match-twice', right: 'x', other: 'a' }],
};
const PROGRESS: Samples<ProgressProblem> = {
  'top-not-object': [{ code: 'top-not-object' }], 'schema-version': [{ code: 'schema-version' }], 'legacy-reviews': [{ code: 'legacy-reviews' }],
  'unknown-field': [{ code: 'unknown-field', field: 'extra' }],
  ...Object.fromEntries((['not-object', 'not-list', 'not-text', 'not-date', 'not-lang', 'not-time', 'unusable-id', 'activity', 'card', 'answers', 'review', 'session'] as const).map((code) => [code, [{ code, at: 'courses.mlops-study.items.a' }]])),
  item: (['done-at', 'by', 'note', 'evidence', 'verified'] as const).map((reason) => ({ code: 'item', at: 'courses.mlops-study.items.a', reason })),
} as Samples<ProgressProblem>;
const FIELDS: FieldProblem[] = ['missing', 'text', 'number', 'whole-number', 'true-false', 'list', 'object', 'date', 'time', 'share', 'too-long', 'too-many', 'out-of-range', 'empty', 'done-over-total', 'value'];
const SKIPS: SkipReason[] = [
  ...REFUSALS.map((refusal) => ({ kind: 'file' as const, refusal })),
  ...REFUSALS.map((refusal) => ({ kind: 'folder' as const, refusal })),
  { kind: 'not-json' },
  { kind: 'not-snapshot' },
  { kind: 'newer', version: 2 },
  ...FIELDS.map((problem) => ({ kind: 'field' as const, path: 'items[0].doneAt', problem })),
  { kind: 'other-curriculum', id: 'other-course', expected: 'mlops-study' },
  { kind: 'duplicate', name: '지민', other: 'members/a.json' },
  { kind: 'too-many-files', notRead: 3, max: 500 },
];

const ko = messages('ko');
const en = messages('en');
const korean = (texts: string[]) => texts.flatMap((t) => englishIn(t, { program: 'mlops-study' }));

describe('the catalogue words every problem code', () => {
  const curriculum = Object.values(CURRICULUM).flat() as CurriculumIssue[];

  it('in Korean, with no English sentence, for every curriculum problem', () => {
    const codes = Object.keys(CURRICULUM) as IssueCode[];
    expect(new Set(curriculum.map((i) => i.code))).toEqual(new Set(codes));
    const texts = curriculum.map((i) => ko.curriculumProblem(i));
    for (const [i, text] of texts.entries()) expect(text, JSON.stringify(curriculum[i])).toMatch(/[가-힣]/);
    expect(korean(texts)).toEqual([]);
  });

  it('in English, differently from the Korean and never as zod would', () => {
    for (const issue of curriculum) {
      const text = en.curriculumProblem(issue);
      expect(text).not.toMatch(/[가-힣]|Invalid input|undefined|\[object/);
      expect(text).not.toBe(ko.curriculumProblem(issue));
    }
  });

  it("for a damaged progress file's problems", () => {
    const all = Object.values(PROGRESS).flat() as ProgressProblem[];
    expect(korean(all.map((p) => ko.progressProblem(p)))).toEqual([]);
    for (const p of all) expect(en.progressProblem(p)).not.toMatch(/undefined/);
    expect(korean([ko.progressEmpty, ko.progressNul])).toEqual([]);
  });

  it("for the reasons group skips a member's snapshot", () => {
    expect(korean(SKIPS.map((r) => ko.skipReason(r)))).toEqual([]);
    for (const r of SKIPS) expect(en.skipReason(r)).not.toMatch(/undefined/);
  });
});
