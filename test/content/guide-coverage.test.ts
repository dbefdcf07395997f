/** Every checkbox of the study guide is a checklist item of the built-in curriculum, verbatim. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/curriculum/loader.js';
import { FIXTURES, ROOT } from '../helpers/cli.js';

const guide = readFileSync(join(FIXTURES, 'guide', 'mlops-study-guide.md'), 'utf8');
const curriculum = loadCurriculum(join(ROOT, 'curriculum'));
const items = curriculum.weeks.flatMap((w) => w.items);

describe('the guide in the curriculum', () => {
  const checkboxes = guide
    .split('\n')
    .map((line) => /^\s*[-*] \[[ xX]\] (.+)$/.exec(line)?.[1]?.trim())
    .filter((text): text is string => Boolean(text));

  it('finds the 26 checkboxes of 학습 로드맵 and 학습 체크리스트', () => {
    expect(checkboxes).toHaveLength(26);
  });

  it.each(checkboxes.map((text, i) => [i + 1, text]))('checkbox %i "%s" is an item', (_n, text) => {
    expect(items.map((i) => i.text.ko)).toContain(text);
  });

  it('keeps the six weeks of 다음 스터디 계획 in order', () => {
    const plan = [...guide.matchAll(/^\d+\. \*\*(\d)주차\*\*: (.+)$/gm)].map((m) => m[2]!.trim());
    expect(plan).toHaveLength(6);
    expect(curriculum.weeks.map((w) => w.title.ko)).toEqual(plan);
  });

  it('gives every item both languages and every non-process item a topic', () => {
    for (const item of items) {
      expect(item.text.ko && item.text.en, item.id).toBeTruthy();
      if (item.source !== 'process') expect(item.topic, item.id).toBeDefined();
    }
  });

  /** The checkbox texts under each `### heading` of a `## section` of the guide. */
  const sectionsOf = (title: string) => {
    const part = guide.slice(guide.indexOf(`## ${title}`)).split(/\n## /)[0]!;
    return [...part.matchAll(/^### (.+)\n((?:- \[ \] .+\n?)+)/gm)].map((m) => ({ heading: m[1]!.trim(), boxes: [...m[2]!.matchAll(/- \[ \] (.+)/g)].map((b) => b[1]!.trim()) }));
  };
  const text = (id: string) => items.find((i) => i.id === id)?.text.ko;

  it("has the roadmap's five stages with the guide's headings, durations and checkboxes", () => {
    const stages = sectionsOf('📖 학습 로드맵');
    expect(stages).toHaveLength(5);
    expect(curriculum.roadmap.stages.map((s) => `${s.number}단계: ${s.title.ko} (${s.duration[0]}-${s.duration[1]}주)`)).toEqual(stages.map((s) => s.heading));
    expect(curriculum.roadmap.stages.map((s) => s.items.map(text))).toEqual(stages.map((s) => s.boxes));
    // Every week of the course belongs to one stage, in order.
    expect(curriculum.roadmap.stages.flatMap((s) => s.weeks)).toEqual(curriculum.weeks.map((w) => w.number));
    expect(curriculum.roadmap.note.ko).toContain('10–15주');
    expect(curriculum.roadmap.note.en).toContain('10–15 weeks');
  });

  it("has the checklist's three sections, and CI/CD 파이프라인 구축 in both places the guide lists it", () => {
    const sections = sectionsOf('📝 학습 체크리스트');
    expect(curriculum.checklist.map((s) => s.title.ko)).toEqual(sections.map((s) => s.heading));
    expect(curriculum.checklist.map((s) => s.items.map(text))).toEqual(sections.map((s) => s.boxes));
    const cicd = (ids: string[]) => ids.some((id) => text(id) === 'CI/CD 파이프라인 구축');
    const places = [...curriculum.roadmap.stages.filter((s) => cicd(s.items)).map((s) => `stage ${s.number}`), ...curriculum.checklist.filter((s) => cicd(s.items)).map((s) => s.title.ko)];
    expect(places).toEqual(['stage 4', '핵심 실습']);
  });
});
