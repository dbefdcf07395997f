/**
 * The guide's roadmap in the daily commands, with the built-in course: `next`
 * and `show N` name the week's roadmap stage and its duration, `status` has
 * progress per stage and per checklist section, and the checkbox the guide
 * lists twice ("CI/CD 파이프라인 구축": roadmap stage 4 and 핵심 실습, two items)
 * shows where each comes from.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/commands/check/index.js';
import { next, nextJson } from '../../src/commands/next/index.js';
import { renderNext } from '../../src/commands/next/render.js';
import { findTarget } from '../../src/commands/show/index.js';
import { renderShow } from '../../src/commands/show/render.js';
import { status, statusJson } from '../../src/commands/status/index.js';
import { renderStatus } from '../../src/commands/status/render.js';
import { loadCurriculum } from '../../src/curriculum/loader.js';
import { indexOf } from '../../src/curriculum/types.js';
import { messages } from '../../src/i18n/messages.js';
import { plainStyle } from '../../src/ui/style.js';
import { canonicalCommand } from '../../src/ui/suggestion.js';
import { ROOT, tempDir } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';

const curriculum = join(ROOT, 'curriculum');
// The study started on 2026-12-01: 2026-12-29 is in week 5.
const week5 = async (home: string, lang: 'ko' | 'en', columns = 100) => {
  const ctx = await testContext({ home, now: '2026-12-29T10:00:00+09:00', curriculum, lang, columns });
  return ctx;
};

describe('the guide roadmap in next, status and show', () => {
  it('next names the roadmap stage and tells the two CI/CD checkboxes apart by their place in the guide, in Korean and English', async () => {
    const home = tempDir();
    await next(await testContext({ home, now: '2026-12-01T10:00:00+09:00', curriculum }), {}); // the study starts
    const ko = await week5(home, 'ko');
    const view = await next(ko, {});
    expect(view.stage).toEqual({ number: 4, title: '모델 배포', duration: [3, 4], weeks: [4, 5] });
    expect(view.places).toEqual({ 'ci-cd-pipeline': ['로드맵 4단계'], 'ci-cd-pipeline-practice': ['체크리스트(핵심 실습)'] });
    const text = renderNext(view, ko);
    expect(text.split('\n').slice(0, 3).join('\n')).toContain('로드맵 4단계: 모델 배포 (가이드 3-4주 · 이 과정 4–5주차)');
    expect(text).toMatch(/ci-cd-pipeline +CI\/CD 파이프라인 구축\n +가이드: 로드맵 4단계\n/);
    expect(text).toMatch(/ci-cd-pipeline-practice +CI\/CD 파이프라인 구축\n +가이드: 체크리스트\(핵심 실습\)\n/);
    const en = await week5(home, 'en', 40);
    const narrow = renderNext(await next(en, {}), en);
    expect(narrow).toMatch(/Roadmap stage 4: Model deployment\s+\(3–4\s+weeks in the guide · weeks 4–5 here\)/);
    expect(narrow.replace(/\s+/g, ' ')).toContain('In the guide: roadmap stage 4');
    expect(narrow.replace(/\s+/g, ' ')).toContain('In the guide: checklist (Core practice)');
    for (const line of narrow.split('\n').filter((l) => !l.includes('https://') && !/^\s*mlops-study /.test(l))) expect(line.length, line).toBeLessThanOrEqual(40); // URLs and commands are never broken
    expect(nextJson(await next(en, {})).roadmapStage).toEqual({ number: 4, title: 'Model deployment', duration: [3, 4], weeks: [4, 5] });
  });

  it('status has progress per roadmap stage and per checklist section, CI/CD in stage 4 and in 핵심 실습', async () => {
    const home = tempDir();
    await next(await testContext({ home, now: '2026-12-01T10:00:00+09:00', curriculum }), {});
    const ko = await week5(home, 'ko');
    const before = await status(ko);
    expect(before.guide!.stages.map((s) => [s.stage.number, s.done, s.total])).toEqual([[1, 0, 3], [2, 0, 3], [3, 0, 3], [4, 0, 3], [5, 0, 3]]);
    await check(ko, { ids: ['ci-cd-pipeline', 'ci-cd-pipeline-practice'] });
    const after = await status(await week5(home, 'ko'));
    expect(after.guide!.stages[3]).toMatchObject({ done: 1, total: 3 });
    expect(after.guide!.sections.map((s) => [s.title, s.done, s.total])).toEqual([['이론 학습', 0, 3], ['실무 도구', 0, 4], ['핵심 실습', 1, 4]]);
    const text = renderStatus(after, ko);
    expect(text).toContain('학습 로드맵: 가이드 10–15주, 이 과정 6주');
    expect(text).toMatch(/4단계 모델 배포 \(3-4주 → 4–5주차\) +█+░+ 1\/3/);
    expect(text).toMatch(/핵심 실습 +█+░+ 1\/4/);
    const json = statusJson(after);
    expect(json.roadmap[3]).toMatchObject({ stage: 4, duration: [3, 4], weeks: [4, 5], done: 1, items: ['docker-basics-containerization', 'fastapi-model-serving', 'ci-cd-pipeline'] });
    expect(json.checklist[2]).toMatchObject({ title: '핵심 실습', done: 1, items: expect.arrayContaining(['ci-cd-pipeline-practice']) });
  });

  it('show N starts with the stage, and show roadmap explains how six weeks cover 10–15', () => {
    const c = loadCurriculum(curriculum);
    const render = (query: string, lang: 'ko' | 'en', columns = 80) => renderShow({ target: findTarget(c, query), curriculum: c }, { style: plainStyle(true), columns, m: messages(lang), lang, cmd: (...args) => canonicalCommand(args as string[]) });
    expect(render('1', 'ko').split('\n')[1]).toBe('로드맵 1단계: 기초 개념 (가이드 1-2주 · 이 과정 1주차)');
    expect(render('6', 'en', 100).split('\n')[1]).toBe('Roadmap stage 5: Monitoring and operations (2–3 weeks in the guide · week 6 here)');
    const roadmap = render('roadmap', 'ko');
    expect(roadmap).toContain('10–15주');
    for (const n of [1, 2, 3, 4, 5]) expect(roadmap).toContain(`로드맵 ${n}단계`);
    expect(render('로드맵', 'en', 40)).toContain('Roadmap stage 4: Model deployment');
  });

  it('says one tick counts for both when one item sits in a stage and a section (a curriculum may model it so)', async () => {
    const dir = tempDir('curriculum-');
    cpSync(curriculum, dir, { recursive: true });
    const course = join(dir, 'course.yaml');
    writeFileSync(course, readFileSync(course, 'utf8').replace('ci-cd-pipeline-practice, monitoring-system]', 'ci-cd-pipeline, ci-cd-pipeline-practice, monitoring-system]'));
    const home = tempDir();
    await next(await testContext({ home, now: '2026-12-01T10:00:00+09:00', curriculum: dir }), {});
    const ctx = await testContext({ home, now: '2026-12-29T10:00:00+09:00', curriculum: dir, lang: 'en' });
    await check(ctx, { ids: ['ci-cd-pipeline'] });
    const later = await testContext({ home, now: '2026-12-29T10:00:00+09:00', curriculum: dir, lang: 'en' }); // reads the progress again
    const text = renderStatus(await status(later), later);
    expect(text.replace(/\s+/g, ' ')).toContain('ci-cd-pipeline is in roadmap stage 4, checklist (Core practice): one tick counts for each.');
    expect(text).toMatch(/Core practice +█+░+ 1\/5/);
  });

  it('show versions prints every pin with its release page, in Korean and English, at 40 and 100 columns', () => {
    const c = loadCurriculum(curriculum);
    for (const [lang, columns] of [['ko', 100], ['en', 40]] as const) {
      const text = renderShow({ target: findTarget(c, lang === 'ko' ? '버전' : 'versions'), curriculum: c }, { style: plainStyle(true), columns, m: messages(lang), lang, cmd: (...args) => canonicalCommand(args as string[]) });
      expect(text.split('\n')[0]).toBe(lang === 'ko' ? '고정한 버전' : 'Pinned versions');
      for (const v of c.versions) {
        expect(text).toContain(`${v.package}==${v.version}`);
        expect(text).toContain(v.source);
      }
      for (const line of text.split('\n').filter((l) => !l.includes('https://'))) expect(line.length, line).toBeLessThanOrEqual(columns);
    }
  });

  it('keeps the versions out of the daily index, so next reads no more than before', () => {
    const index = indexOf(loadCurriculum(curriculum), 'en');
    expect('versions' in index).toBe(false);
    expect(index.roadmap.stages).toHaveLength(5);
  });
});
