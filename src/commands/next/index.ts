/** `mlops-study next`: this week's plan as a view model. */
import type { Context } from '../../context.js';
import { pick } from '../../i18n/lang.js';
import type { Item } from '../../curriculum/types.js';
import { carriedOver, itemDone } from '../../plan/item-state.js';
import { guidePlaces, stageOfWeek } from '../../plan/roadmap.js';
import { nextStep, type NextStep } from '../../plan/next-step.js';
import { weekRange, type CourseStatus } from '../../plan/weeks.js';
import { own } from '../../progress/types.js';
import { dueQuestionIds } from '../../quiz/due.js';
import { placeLabel, stageView, type StageView } from '../guide-labels.js';
import type { Suggestion } from '../../ui/suggestion.js';
import { courseProgress, itemView, parseWeek, readTopics, startSchedule, unitHeading, type ItemView } from '../shared.js';

export interface NextOptions {
  week?: string;
  json?: boolean;
}

export interface NextView {
  courseTitle: string;
  week: number;
  weekCount: number;
  currentWeek: number;
  /** "Week 2 of 6", or "Week 0 (1 of 6)" with the guide's own label. */
  heading: string;
  label?: string;
  title: string;
  summary: string;
  /** The stage of the guide's roadmap this week covers. */
  stage?: StageView;
  startDate: string;
  endDate: string;
  status: CourseStatus;
  daysUntilStart: number;
  /** Day 1 of week 1. */
  courseStartDate: string;
  /** The start date was set to today by this run. */
  startedToday: boolean;
  goals: string[];
  topics: { id: string; title: string; summary: string; read: boolean; readAt: string | null }[];
  items: ItemView[];
  /** Where the guide lists an item, by item ID, for items in several places or with a twin of the same text. */
  places: Record<string, string[]>;
  carriedOver: ItemView[];
  assignment?: { title: string; description: string; deliverables: string[]; bring: string[] };
  resources: { id: string; title: string; url?: string; kind: string }[];
  reviewsDue: number;
  step: NextStep;
  suggestion: Suggestion;
  /** Units that are not weeks (an imported guide's introduction, FAQ, checklist): not scheduled, always open. */
  appendix: { id: string; title: string; done: number; total: number }[];
}

export async function next(ctx: Context, options: NextOptions): Promise<NextView> {
  const curriculum = await ctx.curriculumIndex();
  const requested = parseWeek(options.week, curriculum, ctx, 'next');
  // The first run just works: the study starts today, and that is remembered.
  const plan = await startSchedule(ctx, curriculum);
  const current = plan.position.week;
  const number = requested ?? current;
  const week = curriculum.weeks[number - 1]!;
  const course = courseProgress(ctx, curriculum);
  const read = readTopics(ctx, curriculum);
  const lang = ctx.lang;
  const items = week.items.map((i) => itemView(i, course, lang));
  const carriedItems = carriedOver(curriculum, course, number);
  const carried = carriedItems.map((i) => itemView(i, course, lang));
  const reviewsDue = dueQuestionIds(curriculum, course, ctx.now, current).length;
  const resourceById = new Map(curriculum.resources.map((r) => [r.id, r]));
  const stage = stageOfWeek(curriculum, number);
  // Where the guide lists an item, shown when it is more than one place, or when the guide has the
  // same checkbox twice (its text equals another item's of the week in some language).
  const twins = (item: Item) => Boolean(item.sameText?.length);
  const places = Object.fromEntries(
    week.items
      .map((i) => [i, guidePlaces(curriculum, i.id).map((p) => placeLabel(p, ctx.m, lang))] as const)
      .filter(([i, labels]) => labels.length > 1 || (labels.length > 0 && twins(i)))
      .map(([i, labels]) => [i.id, labels]),
  );
  const { startDate, endDate } = weekRange(plan.startDate, number);

  const view: NextView = {
    courseTitle: pick(curriculum.title, lang),
    week: number,
    weekCount: curriculum.weeks.length,
    currentWeek: current,
    heading: unitHeading(week, curriculum.weeks.length, ctx.m, lang),
    ...(week.label ? { label: pick(week.label, lang) } : {}),
    title: pick(week.title, lang),
    summary: pick(week.summary, lang),
    ...(stage ? { stage: stageView(stage, lang) } : {}),
    startDate,
    endDate,
    status: plan.position.status,
    daysUntilStart: plan.position.daysUntilStart,
    courseStartDate: plan.startDate,
    startedToday: plan.startedToday,
    goals: week.goals.map((g) => pick(g, lang)),
    topics: week.topics.map((t) => ({ id: t.id, title: pick(t.title, lang), summary: pick(t.summary, lang), read: own(read, t.id) !== undefined, readAt: own(read, t.id) ?? null })),
    items,
    places,
    carriedOver: carried,
    ...(week.assignment
      ? {
          assignment: {
            title: pick(week.assignment.title, lang),
            description: pick(week.assignment.description, lang),
            deliverables: week.assignment.deliverables.map((d) => pick(d, lang)),
            bring: week.assignment.bring.map((b) => pick(b, lang)),
          },
        }
      : {}),
    resources: week.resources.flatMap((id) => {
      const r = resourceById.get(id);
      return r ? [{ id: r.id, title: pick(r.title, lang), ...(r.url ? { url: r.url } : {}), kind: r.kind }] : [];
    }),
    reviewsDue,
    step: nextStep({ weeks: curriculum.weeks, week: number, course, read, reviewsDue, carried: carriedItems }),
    suggestion: { text: '', command: [] },
    appendix: curriculum.appendix.map((u) => ({ id: u.id, title: pick(u.title, lang), done: u.items.filter((i) => itemDone(i, course)).length, total: u.items.length })),
  };
  view.suggestion = describeStep(view.step, ctx);
  return view;
}

/** The next step as a sentence and the command that does it (the terminal prints it as this run was started). */
export function describeStep(step: NextStep, ctx: Pick<Context, 'm' | 'lang'>): Suggestion {
  const { m, lang } = ctx;
  switch (step.kind) {
    case 'topic':
      return { text: step.first ? m.suggestShow : m.suggestRead(pick(step.title, lang)), command: ['show', step.id] };
    case 'item':
      return { text: m.suggestCheck(step.item.id), command: ['check', step.item.id] };
    case 'quiz':
      return { text: m.suggestQuiz, command: ['quiz'] };
    case 'assignment':
      return { text: m.suggestAssignment(pick(step.item.text, lang)), command: ['check', step.item.id] };
    case 'next-week':
      return { text: m.suggestNextWeek, command: ['next', '--week', String(step.week)] };
    case 'finished':
      return { text: m.suggestFinished, command: ['quiz', '--all'] };
  }
}

/** The stable JSON contract (see README). */
export function nextJson(view: NextView) {
  const item = (i: ItemView) => ({ id: i.id, text: i.text, done: i.done, doneAt: i.doneAt, week: i.week, evidence: i.evidence, ...(i.note ? { note: i.note } : {}) });
  return {
    week: view.week,
    weekCount: view.weekCount,
    currentWeek: view.currentWeek,
    ...(view.label ? { label: view.label } : {}),
    title: view.title,
    roadmapStage: view.stage ?? null,
    startDate: view.startDate,
    endDate: view.endDate,
    status: view.status,
    items: view.items.map(item),
    carriedOver: view.carriedOver.map(item),
    topics: view.topics.map((t) => ({ id: t.id, title: t.title, summary: t.summary, read: t.read, readAt: t.readAt })),
    assignment: view.assignment ?? null,
    resources: view.resources,
    reviewsDue: view.reviewsDue,
    suggestion: view.suggestion,
    appendix: view.appendix,
  };
}
