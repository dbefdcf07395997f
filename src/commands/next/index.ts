/** `mlops-study next`: this week's plan as a view model. */
import type { Context } from '../../context.js';
import { pick } from '../../i18n/lang.js';
import type { Item } from '../../curriculum/types.js';
import { carriedOver, itemDone } from '../../plan/item-state.js';
import { guidePlaces, stageOfWeek } from '../../plan/roadmap.js';
import { weekRange, type CourseStatus } from '../../plan/weeks.js';
import { updateProgress } from '../../progress/store.js';
import { dueQuestionIds } from '../../quiz/due.js';
import { placeLabel, stageView, type StageView } from '../guide-labels.js';
import type { Suggestion } from '../../ui/suggestion.js';
import { courseProgress, itemView, parseWeek, schedule, unitHeading, type ItemView } from '../shared.js';

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
  topics: { id: string; title: string; summary: string }[];
  items: ItemView[];
  /** Where the guide lists an item, by item ID, for items in several places or with a twin of the same text. */
  places: Record<string, string[]>;
  carriedOver: ItemView[];
  assignment?: { title: string; description: string; deliverables: string[]; bring: string[] };
  resources: { id: string; title: string; url?: string; kind: string }[];
  reviewsDue: number;
  suggestion: Suggestion;
  /** Units that are not weeks (an imported guide's introduction, FAQ, checklist): not scheduled, always open. */
  appendix: { id: string; title: string; done: number; total: number }[];
}

export async function next(ctx: Context, options: NextOptions): Promise<NextView> {
  const curriculum = await ctx.curriculumIndex();
  const requested = parseWeek(options.week, curriculum, ctx, 'next');
  const plan = schedule(ctx, curriculum);
  let startedToday = false;
  if (plan.assumed && !ctx.progress().newer) {
    // The first run just works: the study starts today, and that is remembered.
    await updateProgress(ctx.progressFile, (p) => {
      p.profile.startDate ??= ctx.today;
    }, { now: ctx.now });
    startedToday = true;
  }
  const current = plan.position.week;
  const number = requested ?? current;
  const week = curriculum.weeks[number - 1]!;
  const course = courseProgress(ctx, curriculum);
  const lang = ctx.lang;
  const items = week.items.map((i) => itemView(i, course, lang));
  const carried = carriedOver(curriculum, course, number).map((i) => itemView(i, course, lang));
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
    startedToday,
    goals: week.goals.map((g) => pick(g, lang)),
    topics: week.topics.map((t) => ({ id: t.id, title: pick(t.title, lang), summary: pick(t.summary, lang) })),
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
    suggestion: { text: '', command: [] },
    appendix: curriculum.appendix.map((u) => ({ id: u.id, title: pick(u.title, lang), done: u.items.filter((i) => itemDone(i, course)).length, total: u.items.length })),
  };
  view.suggestion = suggest(ctx, view, week.items.map((i) => ({ id: i.id, topic: i.topic })));
  return view;
}

function suggest(ctx: Context, view: NextView, items: { id: string; topic?: string }[]): Suggestion {
  const { m } = ctx;
  if (view.reviewsDue > 0) return { text: m.suggestQuiz, command: ['quiz'] };
  const open = [...view.carriedOver, ...view.items].find((i) => !i.done);
  if (open) {
    const topic = items.find((i) => i.id === open.id)?.topic;
    const noneDone = view.items.every((i) => !i.done) && view.carriedOver.length === 0;
    if (noneDone && view.topics[0]) return { text: m.suggestShow, command: ['show', topic ?? view.topics[0].id] };
    return { text: m.suggestCheck(open.id), command: ['check', open.id] };
  }
  if (view.items.length === 0 && view.topics[0]) return { text: m.suggestShow, command: ['show', view.topics[0].id] };
  if (view.week < view.weekCount) return { text: m.suggestNextWeek, command: ['next', '--week', String(view.week + 1)] };
  return { text: m.suggestFinished, command: ['quiz', '--all'] };
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
    topics: view.topics,
    assignment: view.assignment ?? null,
    resources: view.resources,
    reviewsDue: view.reviewsDue,
    suggestion: view.suggestion,
    appendix: view.appendix,
  };
}
