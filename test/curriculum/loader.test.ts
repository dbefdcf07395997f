import { writeFileSync, cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/curriculum/loader.js';
import { CurriculumError, problemMessage } from '../../src/errors.js';
import { FIXTURES, ROOT } from '../helpers/cli.js';

const fixture = (name: string) => join(FIXTURES, 'curricula', name);

function problemsOf(dir: string) {
  try {
    loadCurriculum(dir);
  } catch (error) {
    // With the English text the catalogue gives each problem.
    if (error instanceof CurriculumError) return error.problems.map((p) => ({ ...p, message: problemMessage(p) }));
    throw error;
  }
  throw new Error(`${dir} loaded without problems`);
}

describe('loadCurriculum', () => {
  it('loads the built-in curriculum', () => {
    const c = loadCurriculum(join(ROOT, 'curriculum'));
    expect(c.id).toBe('mlops-study');
    expect(c.weeks.map((w) => w.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(c.languages).toEqual(['ko', 'en']);
    expect(c.tools).toHaveLength(16);
  });

  it('loads the minimal fixture into plain data', () => {
    const c = loadCurriculum(fixture('minimal'));
    expect(c.weeks[0]!.items.map((i) => i.id)).toEqual(['first-item', 'second-item']);
    expect(c.questions.find((q) => q.id === 'q-advanced')!.week).toBe(2);
    expect(c.resources.map((r) => r.id)).toEqual(['tiny-book', 'git-docs']);
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });

  // One fixture per error class: the problem is reported at its file:line:col.
  it.each([
    ['yaml-syntax', 'weeks/01.yaml', 6, 1, /YAML: Flow map/],
    ['duplicate-id', 'weeks/02.yaml', 10, 9, /duplicate id "first-item" \(already used at .*weeks\/01\.yaml:13:9\)/],
    ['missing-translation', 'weeks/01.yaml', 16, 11, /missing English translation \(en\)/],
    ['unknown-field', 'weeks/01.yaml', 18, 5, /unknown field "colour"/],
    ['wrong-type', 'weeks/02.yaml', 1, 7, /"week" should be a number, got string "two"/],
    ['broken-reference', 'weeks/01.yaml', 15, 12, /unknown topic "basic" \(did you mean "basics"\?\)/],
    ['week-gap', 'weeks/02.yaml', 1, 7, /week 2 is missing before week 3/],
    ['invalid-utf8', 'weeks/01.yaml', 3, 14, /not valid UTF-8/],
    ['control-chars', 'weeks/01.yaml', 3, 14, /control character U\+001B/],
    ['bad-answer', 'questions/01.yaml', 9, 13, /answer "c" is not one of the choices \(a, b\)/],
    ['alias-bomb', 'weeks/02.yaml', 1, 1, /Excessive alias count/],
  ])('%s is reported at %s:%i:%i', (name, file, line, column, message) => {
    const problems = problemsOf(fixture(name));
    expect(problems).toHaveLength(1);
    const [p] = problems;
    expect(p!.file.endsWith(`${name}/${file}`)).toBe(true);
    expect([p!.line, p!.column]).toEqual([line, column]);
    expect(p!.message).toMatch(message);
  });

  it('reports every problem at once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'curr-'));
    cpSync(fixture('minimal'), dir, { recursive: true });
    writeFileSync(join(dir, 'weeks/02.yaml'), 'week: 2\nid: week-two\ntitle: { ko: 둘째 }\nextra: 1\nitems:\n  - id: Bad_ID\n    text: { ko: a, en: b }\n');
    const problems = problemsOf(dir);
    expect(problems.map((p) => `${p.file.split('/').slice(-2).join('/')}:${p.line}:${p.column} ${p.message}`)).toEqual([
      // The question's topic was defined by the week-2 file that is now broken and has none.
      'questions/01.yaml:12:12 unknown topic "advanced"',
      'weeks/02.yaml:3:8 missing English translation (en)',
      'weeks/02.yaml:4:1 unknown field "extra"',
      expect.stringMatching(/^weeks\/02.yaml:6:9 IDs are kebab-case/),
    ]);
  });

  it('still checks week numbers and references when another file fails its schema', () => {
    const dir = mkdtempSync(join(tmpdir(), 'curr-'));
    cpSync(fixture('minimal'), dir, { recursive: true });
    // Week 1 breaks the schema; week 2 becomes week 3 (a gap); a question names a topic that exists nowhere.
    const week1 = join(dir, 'weeks/01.yaml');
    writeFileSync(week1, readFileSync(week1, 'utf8').replace('week: 1\n', 'week: 1\ncolour: blue\n'));
    const week2 = join(dir, 'weeks/02.yaml');
    writeFileSync(week2, readFileSync(week2, 'utf8').replace('week: 2', 'week: 3'));
    const questions = join(dir, 'questions/01.yaml');
    writeFileSync(questions, readFileSync(questions, 'utf8').replace('topic: advanced', 'topic: no-such-topic'));
    const messages = problemsOf(dir).map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'unknown field "colour"',
        expect.stringMatching(/week 2 is missing before week 3/),
        expect.stringMatching(/^unknown topic "no-such-topic"/),
      ]),
    );
    // The topic of the broken week file is still known: no false "unknown topic".
    expect(messages.filter((m) => m.includes('"basics"'))).toEqual([]);
  });

  it('says which weeks exist when a reference points at a missing one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'curr-'));
    cpSync(fixture('minimal'), dir, { recursive: true });
    const week2 = join(dir, 'weeks/02.yaml');
    writeFileSync(week2, readFileSync(week2, 'utf8').replace('week: 2', 'week: 3'));
    writeFileSync(join(dir, 'weeks/04.yaml'), 'week: 4\nid: week-four\ntitle: { ko: 넷째, en: Fourth }\n');
    const tools = join(dir, 'tools.yaml');
    writeFileSync(tools, readFileSync(tools, 'utf8').replace('weeks: [1]', 'weeks: [1, 2]'));
    expect(problemsOf(dir).map((p) => p.message)).toContain('week 2 does not exist (the course has weeks 1 and 3–4)');
  });

  it('refuses a 5 MB file with a located message instead of parsing it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'curr-'));
    cpSync(fixture('minimal'), dir, { recursive: true });
    writeFileSync(join(dir, 'weeks/02.yaml'), `week: 2\n# ${'x'.repeat(5 * 1024 * 1024)}\n`);
    const [p] = problemsOf(dir);
    expect(p!.message).toMatch(/file is 5\.0 MB; curriculum files may be at most 2 MB/);
    expect([p!.line, p!.column]).toEqual([1, 1]);
  });

  describe('roadmap, checklist sections and pinned versions (course.yaml)', () => {
    const withCourse = (extra: string) => {
      const dir = mkdtempSync(join(tmpdir(), 'curr-'));
      cpSync(fixture('minimal'), dir, { recursive: true });
      writeFileSync(join(dir, 'course.yaml'), `${readFileSync(join(dir, 'course.yaml'), 'utf8')}${extra}`);
      return dir;
    };
    const roadmap = (items: string, duration = '[1, 2]', weeks = '[1]') =>
      `roadmap:\n  note: { ko: 설명, en: How it maps }\n  stages:\n    - id: stage-one\n      title: { ko: 기초, en: Basics }\n      duration: ${duration}\n      weeks: ${weeks}\n      items: ${items}\n`;

    it('loads them as plain data, stages numbered in order', () => {
      const c = loadCurriculum(
        withCourse(
          `${roadmap('[first-item]')}checklist:\n  - id: core\n    title: { ko: 핵심, en: Core }\n    items: [first-item, second-item]\nversions:\n  - { tool: git, package: GitPython, version: "3.1.45", checked: "2026-11-29", source: "https://pypi.org/project/GitPython/3.1.45/" }\n`,
        ),
      );
      expect(c.roadmap.stages).toEqual([{ id: 'stage-one', number: 1, title: { ko: '기초', en: 'Basics' }, duration: [1, 2], weeks: [1], items: ['first-item'] }]);
      expect(c.checklist[0]!.items).toEqual(['first-item', 'second-item']);
      expect(c.versions).toEqual([{ tool: 'git', package: 'GitPython', version: '3.1.45', checked: '2026-11-29', source: 'https://pypi.org/project/GitPython/3.1.45/', note: {} }]);
    });

    it('is optional: a course without them has an empty roadmap', () => {
      const c = loadCurriculum(fixture('minimal'));
      expect(c.roadmap).toEqual({ note: {}, stages: [] });
      expect(c.versions).toEqual([]);
    });

    it.each([
      ['an unknown item', roadmap('[frist-item, first-item]'), /unknown item "frist-item" \(did you mean "first-item"\?\)/],
      ['an item twice', roadmap('[first-item, first-item]'), /item "first-item" is listed twice in the roadmap/],
      ['a backwards duration', roadmap('[first-item]', '[3, 2]'), /the first number of a range is the smaller one/],
      ['a week that does not exist', roadmap('[first-item]', '[1, 2]', '[7]'), /week 7 does not exist/],
      ['a roadmap item in no stage', roadmap('[]'), /item "first-item" comes from the roadmap, but no roadmap stage in course.yaml lists it/],
      ['a bad date', 'versions:\n  - { tool: git, package: git, version: "1.0", checked: "2026-13-01", source: "https://example.org/" }\n', /a date as YYYY-MM-DD/],
      ['a bad version', 'versions:\n  - { tool: git, package: git, version: "latest", checked: "2026-11-01", source: "https://example.org/" }\n', /a version such as 3.18.0/],
      [
        'a package pinned twice',
        'versions:\n  - { tool: gx, package: great_expectations, version: "1.0", checked: "2026-11-01", source: "https://example.org/" }\n  - { tool: gx, package: Great-Expectations, version: "1.1", checked: "2026-11-01", source: "https://example.org/" }\n',
        /package "Great-Expectations" is pinned twice/,
      ],
    ])('reports %s at its place in course.yaml or the week file', (_what, extra, message) => {
      const problems = problemsOf(withCourse(extra));
      expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(message)]);
      expect(problems[0]!.line).toBeGreaterThan(1);
    });
  });
});
