/** Words for the guide's roadmap stages and checklist sections, shared by next, status and show. */
import type { RoadmapStage } from '../curriculum/types.js';
import { pick, type Lang } from '../i18n/lang.js';
import type { Messages } from '../i18n/messages.js';
import type { GuidePlace } from '../plan/roadmap.js';
import { numberRuns } from '../util/number-runs.js';

/** "4–5", "4", "2, 4": runs of consecutive weeks joined. */
export function span(weeks: number[]): string {
  return numberRuns([...new Set(weeks)].sort((a, b) => a - b)).join(', ');
}

export function weeksText(weeks: number[], m: Messages): string {
  return m.weekSpan(span(weeks), weeks.length > 1);
}

export interface StageView {
  number: number;
  title: string;
  duration: [number, number];
  weeks: number[];
}

export function stageView(stage: RoadmapStage, lang: Lang): StageView {
  return { number: stage.number, title: pick(stage.title, lang), duration: stage.duration, weeks: stage.weeks };
}

/** "Roadmap stage 4: Model deployment" and "3–4 weeks in the guide · weeks 4–5 here". */
export function stageLabels(stage: StageView, m: Messages): { title: string; when: string } {
  return { title: m.roadmapStage(stage.number, stage.title), when: m.stageWhen(m.duration(...stage.duration), weeksText(stage.weeks, m)) };
}

export function placeLabel(place: GuidePlace, m: Messages, lang: Lang): string {
  return place.kind === 'stage' ? m.stageShort(place.stage.number) : m.sectionShort(pick(place.section.title, lang));
}
