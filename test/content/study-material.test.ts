/** The built-in study material: complete, bilingual, well-linked, and it renders. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTarget } from '../../src/commands/show/index.js';
import { renderShow } from '../../src/commands/show/render.js';
import { resources } from '../../src/commands/resources/index.js';
import { renderResources } from '../../src/commands/resources/render.js';
import { loadCurriculum } from '../../src/curriculum/loader.js';
import type { Localized } from '../../src/i18n/lang.js';
import { messages } from '../../src/i18n/messages.js';
import { buildDocs, search } from '../../src/search/index.js';
import { plainStyle } from '../../src/ui/style.js';
import { canonicalCommand } from '../../src/ui/suggestion.js';
import { FIXTURES, ROOT } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';

const curriculum = loadCurriculum(join(ROOT, 'curriculum'));
const guide = readFileSync(join(FIXTURES, 'guide', 'mlops-study-guide.md'), 'utf8');
const topics = curriculum.weeks.flatMap((w) => w.topics);
const style = plainStyle(true);
const render = (query: string, lang: 'ko' | 'en') => renderShow({ target: findTarget(curriculum, query), curriculum }, { style, columns: 80, m: messages(lang), lang, cmd: (...args) => canonicalCommand(args as string[]) });

describe('study material', () => {
  it('has 3–6 topics a week, 24 or more in all, each with notes, commands, an exercise, pitfalls and links', () => {
    for (const week of curriculum.weeks) expect(week.topics.length, `week ${week.number}`).toBeGreaterThanOrEqual(3);
    for (const week of curriculum.weeks) expect(week.topics.length, `week ${week.number}`).toBeLessThanOrEqual(6);
    expect(topics.length).toBeGreaterThanOrEqual(24);
    for (const t of topics) {
      expect(t.notes.ko!.length, t.id).toBeGreaterThan(400);
      expect(t.notes.en!.length, t.id).toBeGreaterThan(400);
      expect(t.commands.length, t.id).toBeGreaterThan(0);
      expect(t.exercise, t.id).toBeDefined();
      expect(t.pitfalls.length, t.id).toBeGreaterThanOrEqual(2);
      expect(t.links.length, t.id).toBeGreaterThanOrEqual(1);
    }
  });

  it.each([...topics.map((t) => t.id), ...curriculum.tools.map((t) => t.id), '1', '2', '3', '4', '5', '6', 'lifecycle', 'roadmap', 'versions', 'project-1', 'project-2'].flatMap((id) => [
    [id, 'ko'],
    [id, 'en'],
  ]))('show %s renders in %s', (id, lang) => {
    const text = render(id, lang as 'ko' | 'en');
    expect(text.split('\n').length).toBeGreaterThan(3);
    expect(text).not.toMatch(/undefined|\[object Object\]/);
  });

  it.each(['ko', 'en'] as const)('renders every resource, the reading list and each week\'s, in %s', async (lang) => {
    const ctx = await testContext({ lang });
    const all = await resources(ctx, {});
    expect(all.resources.filter((r) => r.origin === 'course')).toHaveLength(7);
    for (const r of all.resources) {
      expect(r.title, r.id).not.toBe('');
      expect(r.description, r.id).not.toBe('');
      expect(r.url ?? '', r.id).toMatch(/^https:\/\//);
    }
    const text = renderResources(all, ctx);
    for (const r of all.resources) expect(text).toContain(r.title);
    expect(text).not.toMatch(/undefined|\[object Object\]/);
    for (const week of curriculum.weeks) {
      const view = await resources(ctx, { week: String(week.number) });
      expect(view.resources.length, `week ${week.number}`).toBeGreaterThan(0);
      expect(renderResources(view, ctx)).not.toMatch(/undefined|\[object Object\]/);
    }
  });

  it('teaches the DVC basics well enough to run them without the web', () => {
    const text = render('dvc-basics', 'en') + render('dvc-remotes', 'en');
    for (const command of ['dvc init', 'dvc add', 'dvc remote add -d', 'dvc push', 'dvc pull', 'dvc status']) expect(text).toContain(command);
  });

  it('catalogues all 16 tools of the guide with category, purpose, choice advice and https URL', () => {
    const section = guide.slice(guide.indexOf('## 🛠 핵심 도구 및 기술'), guide.indexOf('## 📖 학습 로드맵'));
    const guideTools = [...section.matchAll(/^- \*\*(.+?)\*\*: (.+)$/gm)].map((m) => [m[1]!, m[2]!.trim()] as const);
    expect(guideTools).toHaveLength(16);
    for (const [name, purpose] of guideTools) {
      const tool = curriculum.tools.find((t) => t.name === name);
      expect(tool, name).toBeDefined();
      // The guide's words, in the terms the course settled on (issue 16: 워크플로, never 워크플로우).
      expect(tool!.purpose.ko).toContain(purpose.replace('워크플로우', '워크플로'));
      expect(tool!.whenToPick.ko && tool!.whenToPick.en).toBeTruthy();
    }
    expect(new Set(curriculum.tools.map((t) => t.category)).size).toBe(5);
  });

  it("lists the guide's seven recommended resources with their URLs", () => {
    const course = curriculum.resources.filter((r) => r.origin === 'course');
    expect(course).toHaveLength(7);
    for (const [, title, url] of guide.matchAll(/^- \[(.+?)\]\((https:[^)]+)\)$/gm)) {
      expect(course.find((r) => r.url === url)?.title.ko, title).toBe(title);
    }
    for (const book of ['Building Machine Learning Pipelines', 'Introducing MLOps']) expect(course.some((r) => r.title.en === book && r.kind === 'book')).toBe(true);
  });

  it('uses only well-formed https URLs', () => {
    const urls = [
      ...topics.flatMap((t) => t.links.map((l) => l.url)),
      ...curriculum.tools.flatMap((t) => [t.url, ...(t.docs ? [t.docs] : [])]),
      ...curriculum.resources.flatMap((r) => (r.url ? [r.url] : [])),
      ...curriculum.questions.flatMap((q) => (q.source ? [q.source] : [])),
    ];
    expect(urls.length).toBeGreaterThan(100);
    for (const url of urls) {
      const parsed = new URL(url);
      expect(parsed.protocol, url).toBe('https:');
      expect(parsed.hostname, url).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
    }
  });

  it('links every lifecycle stage to weeks and tools', () => {
    expect(curriculum.lifecycle.map((s) => s.title.ko)).toEqual([
      '데이터 수집 및 준비 (Data Collection & Preparation)',
      '모델 개발 및 실험 (Model Development & Experimentation)',
      '모델 검증 및 평가 (Model Validation & Evaluation)',
      '모델 배포 (Model Deployment)',
      '모델 모니터링 (Model Monitoring)',
    ]);
    for (const s of curriculum.lifecycle) {
      expect(s.points).toHaveLength(3);
      expect(s.weeks.length && s.tools.length, s.id).toBeTruthy();
    }
  });

  it('ties project components to weeks and ends with the final presentation', () => {
    const items = curriculum.weeks.flatMap((w) => w.items);
    expect(items.filter((i) => i.project === 'project-1').map((i) => i.text.ko)).toEqual(
      expect.arrayContaining(['데이터 수집 및 전처리', '모델 학습 및 평가', 'MLflow를 활용한 실험 추적', 'FastAPI를 활용한 모델 서빙', 'Docker 컨테이너화']),
    );
    expect(items.filter((i) => i.project === 'project-2').map((i) => i.text.ko)).toEqual(
      expect.arrayContaining(['CI/CD 파이프라인 (GitHub Actions)', '모델 모니터링 시스템', '자동 재학습 트리거', 'A/B 테스트 프레임워크']),
    );
    expect(curriculum.weeks.at(-1)!.items.some((i) => i.text.ko!.startsWith('프로젝트 발표'))).toBe(true);
    for (const week of curriculum.weeks) expect(week.assignment?.bring.length, `week ${week.number}`).toBeGreaterThan(0);
  });
});

describe('search', () => {
  const docs = buildDocs(curriculum);
  const ids = (query: string, lang: 'ko' | 'en') => search(docs, query, lang).map((h) => h.doc.id);

  it.each([
    ['드리프트', 'ko', 'evidently-drift-reports'],
    ['drift', 'en', 'evidently-drift-reports'],
    ['메트릭 수집', 'ko', 'prometheus'],
    ['metrics collection', 'en', 'prometheus'],
    ['실험 시각화', 'ko', 'wandb'],
    ['드리프트를', 'ko', 'evidently-drift-reports'],
  ])('"%s" (%s) finds %s', (query, lang, id) => {
    expect(ids(query, lang as 'ko' | 'en').slice(0, 5)).toContain(id);
  });

  it('finds nothing for nonsense and needs every word', () => {
    expect(ids('zzqx', 'en')).toEqual([]);
    expect(ids('drift zzqx', 'en')).toEqual([]);
  });

  it('opens every result with a command that shows it and changes nothing', () => {
    for (const doc of docs) {
      const open = 'url' in doc.open ? doc.open.url : canonicalCommand(doc.open.command);
      expect(open, doc.id).toMatch(/^(mlops-study (show|next|resources)\b|https:\/\/)/);
    }
    const item = search(docs, '컨테이너화', 'ko').find((h) => h.doc.kind === 'item')!;
    expect(item.doc.open).toMatchObject({ command: ['show', expect.stringMatching(/^[a-z0-9-]+$/)] });
  });

  const text = (l: Localized) => l.en ?? '';
  it('ranks a title match above a body match', () => {
    const hits = search(docs, 'docker', 'en');
    expect(text(hits[0]!.doc.title).toLowerCase()).toContain('docker');
  });
});
