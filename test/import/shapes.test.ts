/**
 * The shapes of guides people write (issue 19), one fixture each in
 * test/fixtures/guides/shapes/: every curriculum validates, and what the guide
 * tracked (weeks, labels, checkboxes, links, sections) lands where it belongs.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/curriculum/loader.js';
import type { Curriculum } from '../../src/curriculum/types.js';
import { importGuide, type ImportResult } from '../../src/import/build.js';
import { FIXTURES, tempDir } from '../helpers/cli.js';

const read = (name: string) => readFileSync(join(FIXTURES, 'guides', 'shapes', name), 'utf8');
const text = (l: Record<string, string> | undefined) => (l ? Object.values(l)[0]! : '');
const shown = (w: Curriculum['weeks'][number]) => [text(w.label), text(w.title)].filter(Boolean).join(': ');

function load(result: ImportResult): Curriculum {
  const dir = tempDir('shape-');
  for (const [path, body] of Object.entries(result.files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return loadCurriculum(dir);
}

function imported(name: string, options = {}) {
  const result = importGuide(read(name), name, options);
  return { result, c: load(result) };
}

const items = (c: Curriculum) => [...c.weeks, ...c.appendix].flatMap((w) => w.items.map((i) => text(i.text)));

describe('1. weekly schedule tables', () => {
  it('makes one week per row, titled from the topic column, dated, with the other columns and the links', () => {
    const { result, c } = imported('schedule-table-ko.md');
    expect(result.report.structure).toBe('table');
    expect(c.weeks.map(shown)).toEqual(['1주차: 협업 필터링 개요', '2주차: 행렬 분해', '3주차: 딥러닝 기반 추천', '4주차: 평가 지표']);
    expect(text(c.weeks[0]!.summary)).toBe('2022.04.06');
    const details = text(c.weeks[1]!.topics[0]!.notes);
    expect(details).toContain('**발표자**: 이도윤');
    expect(details).toContain('**일자**: 2022.04.06'.replace('04.06', '04.13'));
    expect(c.weeks[1]!.resources).toHaveLength(1);
  });

  it('names repeated generic link texts by their week, never ten resources called "Blog Post here"', () => {
    const { c } = imported('schedule-table-ko.md');
    const titles = c.resources.map((r) => text(r.title));
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles.filter((t) => t.startsWith('Blog Post here'))).toEqual([
      'Blog Post here · blog.example.com/mf-intro',
      'Blog Post here · blog.example.com/deep-recsys',
    ]);
  });

  it('reads English headers, a bare week number (Week 0) and a --topic-column override', () => {
    const { c } = imported('schedule-table-en.md');
    expect(c.weeks.map(shown)).toEqual(['Week 0: Kick-off and logistics', 'Week 1: Clocks and ordering', 'Week 2: Consensus']);
    const byReading = imported('schedule-table-en.md', { topicColumn: 'Reading' }).c;
    expect(byReading.weeks.map((w) => text(w.title))).toEqual(['Syllabus', 'Lamport 1978', 'Raft paper']);
    expect(imported('schedule-table-en.md', { topicColumn: '2' }).c.weeks.map((w) => text(w.title))).toEqual(['Jan 8', 'Jan 15', 'Jan 22']);
  });
});

describe('2. checkboxes that are not GFM task lists', () => {
  it('takes a chapter progress table (one item per row) and a week × task matrix of HTML boxes, with their state', () => {
    const { result, c } = imported('progress-table.md');
    expect(items(c)).toEqual(expect.arrayContaining(['1장 · 파이썬 입문', '5장 · 오차역전파법', '1주차 · 발표', '2주차 · 과제']));
    expect(result.report.items).toBe(9);
    const checked = result.checked.map((id) => items(c)[[...c.weeks, ...c.appendix].flatMap((w) => w.items).findIndex((i) => i.id === id)]);
    expect(checked.sort()).toEqual(['1장 · 파이썬 입문', '1주차 · 발표', '2장 · 퍼셉트론', '2주차 · 과제'].sort());
  });

  it('takes [✔️], [✅], ☐/☑ lines and ✅/⬜ bullets; lists the look-alike it left as text', () => {
    const { result, c } = imported('emoji-checkboxes.md');
    expect(items(c)).toEqual([
      'Wake up at 6 every day',
      'Write a one-page journal entry',
      'Read 20 pages',
      'Plan the week on Sunday',
      'Set up a habit tracker',
      'Use a 25-minute timer',
      'Turn off notifications for a day',
      'Review the week',
    ]);
    expect(result.checked).toHaveLength(5);
    expect(result.report.lookalikes).toEqual([{ text: '[WIP] Try cold showers', line: 8 }]);
    expect(text(c.weeks[0]!.topics[0]!.notes)).toContain('[WIP] Try cold showers');
    expect(result.report.taken.map((t) => t.mark)).toEqual(['[✔️]', '[✅]', '☐', '☑', '✅', '⬜']);
  });
});

describe('3. task lists that name no week', () => {
  it('keeps all seven module tasks as items of one unit, never as week titles', () => {
    const { result, c } = imported('no-week-tasks.md');
    expect(c.weeks).toHaveLength(1);
    expect(text(c.weeks[0]!.title)).toBe('Python Testing Modules');
    expect(items(c)).toHaveLength(7);
    expect(items(c)[0]).toBe('Module 1: Writing your first pytest test');
    expect(result.checked).toHaveLength(2);
  });
});

describe("4. the guide's own numbering", () => {
  it('keeps Week 0, 0주차, Module 3 and PART-nested weeks as labels, counting units from 1, never doubled', () => {
    const own = imported('own-numbering.md').c;
    expect(own.weeks.map((w) => [w.number, text(w.label), text(w.title)])).toEqual([
      [1, 'Week 0', 'Setup'],
      [2, 'Week 1', 'Pods'],
      [3, 'Week 2', 'Week 2 review and Deployments'],
      [4, 'Week 3', 'Helm'],
    ]);
    const ko = imported('korean-week-zero.md').c;
    expect(ko.weeks.map(shown)).toEqual(['0주차: 오리엔테이션', '1주차: 컨테이너', 'Module 3: 네트워크']);
  });

  it('takes a date after the label for the summary, not the title (a 주차 log)', () => {
    const { c } = imported('jucha-log.md');
    expect(c.weeks.map((w) => [text(w.title), text(w.summary)])).toEqual([
      ['1주차', '3/4'],
      ['2주차', '3/11'],
      ['3주차', '3/18'],
    ]);
    expect(items(c)).toEqual(['발표 자료 공유', '회고 작성', 'DVC 실습 정리']);
    expect(c.appendix.map((u) => text(u.title))).toEqual(['회고']);
  });

  it('counts day-range units (Day 1-7) from 1', () => {
    const { c } = imported('day-plan.md');
    expect(c.weeks.map((w) => [w.number, text(w.label)])).toEqual([
      [1, 'Day 1-7'],
      [2, 'Day 8-14'],
    ]);
  });
});

describe('5. content outside the weeks', () => {
  const { result, c } = imported('outside-weeks.md');

  it('puts the introduction, prerequisites, Extra, FAQ and License in appendix units and references in the course resources', () => {
    expect(c.weeks.map(shown)).toEqual(['Week 1: SQL refresher', 'Week 2: Pipelines']);
    expect(c.appendix.map((u) => text(u.title))).toEqual(['Introduction', 'Extra', 'FAQ', 'License']);
    expect(text(c.description)).toBe('A six-week bootcamp for analysts moving into data engineering.');
    expect(c.appendix[0]!.items.map((i) => text(i.text))).toEqual(['Install Docker', 'Clone the lab repository']);
    expect(c.resources.map((r) => text(r.title))).toEqual(expect.arrayContaining(['Designing Data-Intensive Applications', 'The Airflow docs']));
    // Nothing of it went into the first or the last week.
    const weekNotes = JSON.stringify(c.weeks.flatMap((w) => w.topics.map((t) => t.notes)));
    for (const outside of ['Bring a laptop', 'cloud account', 'MIT', 'data contracts']) expect(weekNotes).not.toContain(outside);
  });

  it('keeps a section of questions with its own heading', () => {
    expect(c.weeks[1]!.topics.map((t) => text(t.title))).toEqual(['Review questions']);
    expect(text(c.weeks[1]!.topics[0]!.notes)).toContain('Why should tasks be idempotent?');
  });

  it('says where each section went, with its line', () => {
    expect(result.report.placements.map((p) => [p.line, p.title, p.to])).toEqual([
      [3, 'Introduction', 'intro'],
      [7, 'Prerequisites', 'intro'],
      [27, 'Extra', 'appendix'],
      [31, 'FAQ', 'appendix'],
      [35, 'References', 'resources'],
      [40, 'License', 'appendix'],
    ]);
  });
});

describe('6. HTML', () => {
  const { result, c } = imported('html-heavy.md');

  it('takes the <h1> as the course title, <h2> headings as units and <a href> links as resources; drops <img> and its alt text', () => {
    expect(text(c.title)).toBe('Full Stack Deep Learning Notes');
    expect(c.weeks.map(shown)).toEqual(['Lecture 1: When to use ML', 'Lecture 2: Development infrastructure']);
    expect(c.resources.map((r) => r.url)).toEqual(expect.arrayContaining(['https://example.com/fsdl/en', 'https://example.com/fsdl/lecture-1', 'https://example.com/fsdl/overview']));
    const all = JSON.stringify(c);
    expect(all).not.toContain('Course logo');
    expect(all).not.toContain('<p');
    expect(result.report.skippedLinks.map((s) => s.reason).sort()).toEqual(['badge', 'not-web']);
  });

  it('resolves reference-style links, keeps alerts as notes, <br> and hard breaks as line breaks', () => {
    expect(items(c)).toContain('Read [the overview](https://example.com/fsdl/overview)');
    const intro = text(c.appendix[0]!.topics[0]!.notes);
    expect(intro).toContain('> **Note:** These notes follow the 2022 lectures.');
    expect(intro).toContain('> **Warning:** Lab 3 needs a GPU.');
    const lecture1 = text(c.weeks[0]!.topics[0]!.notes);
    expect(lecture1).toContain('[lecture page](https://example.com/fsdl/lecture-1) first.\nThen watch the video.');
    const lecture2 = text(c.weeks[1]!.topics[0]!.notes);
    expect(lecture2).toContain('First line of a paragraph\nsecond line after a hard break\nthird line');
    expect(c.weeks[1]!.items.map((i) => text(i.text))).toEqual(['Set up a Python environment with pip-tools', 'Run the first lab']);
  });
});

describe('7. language from the prose', () => {
  it('calls an English guide with a "한국어" link English, and a Korean guide full of tool names Korean', () => {
    expect(imported('english-with-korean-link.md').c.languages).toEqual(['en']);
    expect(imported('html-heavy.md').c.languages).toEqual(['en']);
    expect(imported('schedule-table-ko.md').c.languages).toEqual(['ko']);
    expect(imported('korean-week-zero.md').c.languages).toEqual(['ko']);
  });
});

describe('8. big and odd input', () => {
  it('splits a unit larger than a file may be into part files, and a single huge paragraph into topics, and validates', () => {
    const paragraph = `${'긴 문장입니다 and a long sentence. '.repeat(40_000)}\n`;
    const guide = `# Huge\n\n## Week 1: One enormous week\n\n${paragraph}\n${Array.from({ length: 300 }, (_, i) => `- [ ] task ${i}`).join('\n')}\n\n## Week 2: Small\n\n- [ ] done\n`;
    const result = importGuide(guide, 'huge.md');
    const c = load(result);
    expect(Object.keys(result.files).filter((f) => f.startsWith('weeks/01'))).toEqual(expect.arrayContaining(['weeks/01.yaml', 'weeks/01-2.yaml']));
    for (const [path, body] of Object.entries(result.files)) expect(Buffer.byteLength(body), path).toBeLessThan(2 * 1024 * 1024);
    expect(c.weeks).toHaveLength(2);
    expect(c.weeks[0]!.items).toHaveLength(300);
    const notes = c.weeks[0]!.topics.map((t) => text(t.notes)).join(' ');
    expect(notes.replace(/\s+/g, ' ').length).toBeGreaterThanOrEqual(paragraph.trim().length - 10);
    expect(result.report.splitTopics).toHaveLength(1);
  });

  it('is linear: a guide four times larger takes at most about four times the parser work (chunks, not one tree)', async () => {
    const { splitChunks } = await import('../../src/import/chunks.js');
    const list = Array.from({ length: 40_000 }, (_, i) => `- [ ] Task ${i}\n  - [x] sub ${i}`).join('\n');
    const chunks = splitChunks(`# Big\n\n${list}\n`);
    // A long nested list (quadratic in micromark) is cut between its items, and nothing is lost or doubled.
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.every((c) => c.text.length < 40 * 1024)).toBe(true);
    expect(chunks.map((c) => c.text).join('\n')).toBe(`# Big\n\n${list}\n`);
  });

  it('carries a table cut between chunks over, header and all', async () => {
    const { parseMarkdown } = await import('../../src/import/markdown.js');
    const rows = Array.from({ length: 3000 }, (_, i) => `| ${i + 1}주차 | 주제 ${i + 1} | [ ] |`).join('\n');
    const blocks = parseMarkdown(`| 주차 | 주제 | 완료 |\n|---|---|---|\n${rows}\n`);
    expect(blocks).toHaveLength(1);
    const table = blocks[0] as Extract<(typeof blocks)[number], { type: 'table' }>;
    expect(table.rows).toHaveLength(3000);
    expect(table.rows.map((r) => r.line)).toEqual(Array.from({ length: 3000 }, (_, i) => i + 3));
  });
});

describe('HTML course schedules', () => {
  it('makes a table whose weeks are heading rows (<td colspan><b>Week 1</b>…) one week per heading row, sessions as its notes', () => {
    const { c } = imported('html-schedule.md');
    expect(c.weeks.map(shown)).toEqual(['Week 1: Foundations', 'Week 2: Classification']);
    expect(text(c.weeks[0]!.topics[0]!.notes)).toContain('- Thu Jan 22 · 02 Linear regression · [slides](https://example.edu/aml/slides/02)');
    expect(c.weeks[0]!.items.map((i) => text(i.text))).toEqual(['read chapter 2']);
    expect(c.weeks[0]!.resources).toHaveLength(2);
    expect(c.appendix.map((u) => text(u.title))).toEqual(['Introduction', 'Members']);
  });
});

describe('a messy real-world guide', () => {
  const source = read('messy-real-world.md');
  const { result, c } = imported('messy-real-world.md');
  const all = [...c.weeks, ...c.appendix];

  it('loses nothing it tracked: every mark that is a checkbox is an item with its state, the one that is not is reported', () => {
    // Independent of the importer: the marks as written, line by line.
    const lines = source.split('\n');
    const marked = lines.filter((l) => /^\s*- \[(x| |✔️)\] |^[☐☑] |\| \[(✅| )\] \||\| ⬜ \||\| ✅ \|/.test(l));
    const emptyStatus = lines.filter((l) => /^\| \d장 \| [^|]+ \| +\|$/.test(l));
    expect(result.report.items).toBe(marked.length + emptyStatus.length);
    expect(result.report.lookalikes).toEqual([{ text: '[발표] 실험 추적 도구 비교', line: 56 }]);
    const done = all.flatMap((u) => u.items).filter((i) => result.checked.includes(i.id)).map((i) => text(i.text));
    expect(done.sort()).toEqual(
      ['0주차 · 오리엔테이션 · 환경 설정 · 발표', '1주차 · 실험 추적 · 발표', '디스코드 입장', '개발 환경 준비 (Python 3.11, Docker)', '자기소개 올리기', 'MLflow 서버 띄우기', '`dvc repro`로 파이프라인 재실행', '1장 · ML 시스템 개요', '2장 · 데이터 엔지니어링'].sort(),
    );
  });

  it('puts each schedule row into the week it names, and every web link in a resource or the report', () => {
    expect(c.weeks.map((w) => [text(w.label), text(w.summary)])).toEqual([
      ['0주차', '01/04'],
      ['1주차', '01/11'],
      ['2주차', '01/18'],
      ['3주차', '01/25'],
    ]);
    const urls = [...new Set([...source.matchAll(/https?:\/\/[^\s)"'>]+/g)].map((m) => m[0]))].filter((u) => !/shields\.io|avatars\.|\.png$/.test(u));
    const kept = new Set([...c.resources.map((r) => r.url), ...result.report.skippedLinks.map((s) => s.url)]);
    expect(urls.filter((u) => !kept.has(u))).toEqual([]);
    expect(text(c.description)).toBe('데이터 과학자와 백엔드 개발자가 함께 모델을 서비스로 만드는 과정을 8주 동안 익힙니다.');
  });

  it('says where every section outside the weeks went', () => {
    const headings = [...source.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim()).filter((h) => h !== '주차별 상세');
    const placed = result.report.placements.map((p) => p.title);
    expect(headings.filter((h) => !placed.includes(h))).toEqual([]);
    expect(c.weeks.flatMap((w) => w.topics.map((t) => text(t.title)))).toContain('복습 질문');
  });
});
