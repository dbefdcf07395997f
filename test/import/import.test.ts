/** Importing markdown study guides: the seed guide and guides of other shapes. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/curriculum/loader.js';
import { importGuide, type ImportResult } from '../../src/import/build.js';
import { FIXTURES, tempDir } from '../helpers/cli.js';

const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
/** A week as the guide wrote its heading: its own label, then its title. */
const shown = (w: { label?: Record<string, string>; title: Record<string, string> }) => [w.label && Object.values(w.label)[0], Object.values(w.title)[0]].filter(Boolean).join(': ');

/** Ground truth, independent of the importer: every GFM task-list item in the source. */
function taskItems(source: string): { checked: boolean }[] {
  const tree = fromMarkdown(source, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const found: { checked: boolean }[] = [];
  const walk = (node: { type: string; checked?: boolean | null; children?: unknown[] }) => {
    if (node.type === 'listItem' && typeof node.checked === 'boolean') found.push({ checked: node.checked });
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
  };
  walk(tree as never);
  return found;
}

function writeOut(result: ImportResult): string {
  const dir = tempDir('imported-');
  for (const [path, text] of Object.entries(result.files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('importing the MLOps study guide', () => {
  const source = read('guide/mlops-study-guide.md');
  const result = importGuide(source, 'mlops-study-guide.md');
  const curriculum = loadCurriculum(writeOut(result));
  const items = [...curriculum.weeks, ...curriculum.appendix].flatMap((w) => w.items);

  it('makes all 26 checkboxes items, with their text verbatim', () => {
    const boxes = [...source.matchAll(/^- \[ \] (.+)$/gm)].map((m) => m[1]!.trim());
    expect(boxes).toHaveLength(26);
    expect(items.map((i) => i.text.ko)).toEqual(boxes);
  });

  it('makes the five stages weeks, and the checklist and other sections outside them appendix units', () => {
    expect(result.report.structure).toBe('headings');
    expect(curriculum.weeks.map(shown)).toEqual([
      '1단계: 기초 개념 (1-2주)',
      '2단계: 데이터 관리 (2-3주)',
      '3단계: 실험 추적 (2-3주)',
      '4단계: 모델 배포 (3-4주)',
      '5단계: 모니터링 및 운영 (2-3주)',
    ]);
    expect(curriculum.appendix.map((u) => u.title.ko)).toEqual(['소개', '🚀 실습 프로젝트', '📝 학습 체크리스트', '📚 추천 학습 자료', '💡 다음 스터디 계획', '📞 스터디 진행 방식']);
    expect(curriculum.appendix[2]!.items).toHaveLength(11);
    // The concepts before the roadmap are the introduction, not week 1.
    expect(curriculum.weeks[0]!.topics.map((t) => t.title.ko)).not.toContain('🎯 MLOps 개념');
  });

  it('makes every web link a resource with its title, and keeps section text as topic notes', () => {
    const links = [...source.matchAll(/\[([^\]]+)\]\((https:[^)]+)\)/g)].map((m) => [m[1], m[2]]);
    expect(links).toHaveLength(5);
    expect(curriculum.resources.map((r) => [r.title.ko, r.url])).toEqual(links);
    const topics = [...curriculum.weeks, ...curriculum.appendix].flatMap((w) => w.topics);
    expect(topics.find((t) => t.title.ko === '🎯 MLOps 개념')?.notes.ko).toContain('**재현 가능성**: 실험과 결과를 언제든 재현할 수 있어야 함');
    expect(topics.map((t) => t.title.ko)).not.toContain('📚 목차');
  });

  it('is a single-language (ko) course with readable, unique IDs, and the same bytes every time', () => {
    expect(curriculum.languages).toEqual(['ko']);
    expect(items[0]!.id).toBe('mlops-개념-및-필요성-이해');
    expect(importGuide(source, 'mlops-study-guide.md').files).toEqual(result.files);
  });
});

describe.each([
  ['week-headings.md', 'headings', 4, ['Week 1: Containers', 'Week 2: Pods and Deployments', 'Week 3: Services and Ingress', 'Week 4: Helm'], 0],
  ['week-table.md', 'table', 3, ['1주차: SQL 기초', '2주차: 데이터 모델링', '3주차: Airflow'], 3],
  ['plan-list.md', 'list', 3, ['Module 1: Linear models', 'Module 2: Trees and ensembles', 'Module 3: Evaluation'], 0],
  ['emoji-headings.md', 'headings', 2, ['1주차: HTML과 CSS', '2주차: JavaScript'], 0],
  ['no-weeks.md', 'sections', 2, ['Why it matters', 'The seven rules'], 0],
  ['ends-mid-list.md', 'headings', 1, ['1주차: 문법'], 0],
  ['lookalikes.md', 'headings', 2, ['Day 1-7: Warm-up', 'Day 8-14: Build up'], 1],
  ['messy-crlf.md', 'headings', 2, ['Stage 1: setup', 'Stage 2: practice'], 0],
])('%s', (name, structure, weeks, titles, tableTasks) => {
  const source = read(`guides/${name}`);
  const result = importGuide(source, name);

  it(`finds ${weeks} units from the ${structure}`, () => {
    expect(result.report.structure).toBe(structure);
    expect(result.report.weeks).toBe(weeks);
    const curriculum = loadCurriculum(writeOut(result));
    expect(curriculum.weeks.map(shown)).toEqual(titles);
  });

  it('makes every real task-list checkbox an item, and records the checked ones', () => {
    const truth = taskItems(source);
    expect(result.report.items).toBe(truth.length + tableTasks);
    // Besides GFM: [x] in table cells, and [✔️] (a checkbox with an emoji in it).
    const checkedInTables = tableTasks ? [...source.matchAll(/\| *\[[xX]\]/g)].length + [...source.matchAll(/^- \[✔️\]/gm)].length : 0;
    expect(result.checked).toHaveLength(truth.filter((t) => t.checked).length + checkedInTables);
  });

  it('passes validate and gives byte-identical output when imported again', () => {
    expect(() => loadCurriculum(writeOut(result))).not.toThrow();
    expect(importGuide(source, name).files).toEqual(result.files);
  });
});

describe('details', () => {
  it('keeps a wrapped task whole and nested tasks separate', () => {
    const result = importGuide(read('guides/week-headings.md'), 'w.md');
    const curriculum = loadCurriculum(writeOut(result));
    expect(curriculum.weeks[0]!.items.map((i) => i.text.en)).toEqual([
      'Install Docker Desktop',
      'Build an image from a Dockerfile that spans two lines in the source',
      'Push it to a registry',
      'Run a container with a volume',
    ]);
    expect(curriculum.weeks[0]!.resources).toHaveLength(2);
  });

  it('takes [✔️] as a checkbox, keeps look-alike tasks as text and says where they are', () => {
    const result = importGuide(read('guides/lookalikes.md'), 'l.md');
    expect(result.report.items).toBe(4);
    expect(result.report.lookalikes).toEqual([{ text: '[과제] 블로그 글 쓰기', line: 6 }]);
    expect(result.report.taken).toEqual([{ mark: '[✔️]', origin: 'list', lines: [5] }]);
  });

  it('keeps look-alikes and plain bullets of a task list in the notes', () => {
    const curriculum = loadCurriculum(writeOut(importGuide(read('guides/lookalikes.md'), 'l.md')));
    const notes = JSON.stringify(curriculum.weeks[0]!.topics.map((t) => t.notes));
    expect(notes).toContain('[과제] 블로그 글 쓰기');
    expect(notes).not.toContain('Walk 20 minutes'); // a task: an item, not notes too
  });

  it('keeps task text verbatim when it starts with markup, and does not take a length ("총 3주") for a week', () => {
    const result = importGuide(read('guides/formatted-tasks.md'), 'f.md');
    const curriculum = loadCurriculum(writeOut(result));
    expect(curriculum.weeks.map(shown)).toEqual(['1주차: 환경 준비', '2주차: 파이프라인', '3주차: 배포']);
    expect(curriculum.weeks.flatMap((w) => w.items.map((i) => i.text.ko))).toEqual([
      '**Read** the docs first',
      '`dvc init`으로 저장소 초기화',
      '[MLflow quickstart](https://mlflow.org/docs/latest/getting-started/) 따라 하기',
      '_dvc.yaml_ 스테이지 두 개 만들기',
      'FastAPI로 `/health` 만들기',
    ]);
    expect(JSON.stringify(curriculum.weeks[0]!.topics.map((t) => t.notes))).toContain('참고: 발표는 돌아가며 합니다');
    // The roadmap's own text is the introduction, not week 1.
    expect(JSON.stringify(curriculum.appendix[0]!.topics.map((t) => t.notes))).toContain('3주 동안 매주 목요일에 모입니다');
  });

  it('keeps the text before the first section, whole, as an introduction unit (not week 1) and the course description', () => {
    const curriculum = loadCurriculum(writeOut(importGuide(read('guides/intro-text.md'), 'i.md')));
    expect(curriculum.weeks[0]!.topics).toEqual([]);
    expect(curriculum.description.en).toBe('This study runs for three weeks.');
    const intro = curriculum.appendix[0]!.topics.find((t) => t.title.en === 'Introduction')!;
    expect(intro.notes.en).toContain('We meet every Thursday. Bring your laptop.');
    expect(intro.notes.en).toContain('[the handbook](https://example.com/handbook)');
  });

  it('reports links that are not web addresses', () => {
    const result = importGuide(read('guides/messy-crlf.md'), 'm.md');
    expect(result.report.skippedLinks).toEqual([{ line: 15, title: 'local notes', url: './notes.md', reason: 'not-web' }]);
  });
});
