/**
 * The guide's own structure over the course: its roadmap stages (with their
 * durations and the weeks that cover them) and its checklist sections, and
 * where the guide lists each item. One item may sit in several places (the
 * guide lists "CI/CD 파이프라인 구축" both in roadmap stage 4 and under 핵심
 * 실습); ticking it counts for each.
 */
import type { ChecklistSection, CurriculumIndex, Item, RoadmapStage } from '../curriculum/types.js';
import type { CourseProgress } from '../progress/types.js';
import { itemDone } from './item-state.js';

export type GuidePlace = { kind: 'stage'; stage: RoadmapStage } | { kind: 'section'; section: ChecklistSection };

/** The roadmap stage a week belongs to (the first, should stages share a week). */
export function stageOfWeek(curriculum: Pick<CurriculumIndex, 'roadmap'>, week: number): RoadmapStage | undefined {
  return curriculum.roadmap.stages.find((s) => s.weeks.includes(week));
}

/** Every place of the guide that lists the item, roadmap stages first. */
export function guidePlaces(curriculum: Pick<CurriculumIndex, 'roadmap' | 'checklist'>, itemId: string): GuidePlace[] {
  return [
    ...curriculum.roadmap.stages.filter((s) => s.items.includes(itemId)).map((stage) => ({ kind: 'stage' as const, stage })),
    ...curriculum.checklist.filter((s) => s.items.includes(itemId)).map((section) => ({ kind: 'section' as const, section })),
  ];
}

/** The guide's total: the sum of the stages' shortest and longest durations. */
export function roadmapWeeks(curriculum: Pick<CurriculumIndex, 'roadmap'>): [number, number] {
  return curriculum.roadmap.stages.reduce<[number, number]>(([min, max], s) => [min + s.duration[0], max + s.duration[1]], [0, 0]);
}

export interface GroupTally<T> {
  of: T;
  done: number;
  total: number;
  items: Item[];
}

/** Done and total per roadmap stage and per checklist section. */
export function tallyGuide(curriculum: CurriculumIndex, course: CourseProgress): { stages: GroupTally<RoadmapStage>[]; sections: GroupTally<ChecklistSection>[] } {
  const byId = new Map(curriculum.weeks.flatMap((w) => w.items.map((i) => [i.id, i] as const)));
  const tally = <T extends { items: string[] }>(of: T): GroupTally<T> => {
    const items = of.items.map((id) => byId.get(id)).filter((i): i is Item => i !== undefined);
    return { of, items, total: items.length, done: items.filter((i) => itemDone(i, course)).length };
  };
  return { stages: curriculum.roadmap.stages.map(tally), sections: curriculum.checklist.map(tally) };
}

/** Items the guide lists in more than one place, with those places. */
export function sharedItems(curriculum: Pick<CurriculumIndex, 'weeks' | 'roadmap' | 'checklist'>): { item: Item; places: GuidePlace[] }[] {
  return curriculum.weeks
    .flatMap((w) => w.items)
    .map((item) => ({ item, places: guidePlaces(curriculum, item.id) }))
    .filter(({ places }) => places.length > 1);
}
