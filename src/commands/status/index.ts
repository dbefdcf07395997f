/** `mlops-study status`: progress per week, overall, streak and orphaned progress. */
import type { Context } from '../../context.js';
import { pick } from '../../i18n/lang.js';
import { orphans } from '../../plan/item-state.js';
import { roadmapWeeks, sharedItems, tallyGuide } from '../../plan/roadmap.js';
import { streak, type Streak } from '../../plan/streak.js';
import type { CourseStatus } from '../../plan/weeks.js';
import { quizSummary, type QuizSummary } from '../../quiz/summary.js';
import { own } from '../../progress/types.js';
import { placeLabel, stageView, type StageView } from '../guide-labels.js';
import { courseProgress, itemView, reading, startSchedule, unitHeading, type ItemView } from '../shared.js';

export interface GuideView {
  /** The guide's total length in weeks: [at least, at most]. */
  weeks: [number, number];
  stages: { stage: StageView; done: number; total: number; items: string[] }[];
  sections: { title: string; done: number; total: number; items: string[] }[];
  /** Items the guide lists in more than one place, and those places. */
  shared: { id: string; places: string[] }[];
}

export interface StatusView {
  courseTitle: string;
  currentWeek: number;
  weekCount: number;
  startDate: string;
  startAssumed: boolean;
  status: CourseStatus;
  /** Topics read count the weeks' topics only: an appendix topic is not marked read (show marks week topics). */
  overall: { done: number; total: number; topicsRead: number; topicsTotal: number };
  weeks: { week: number; label?: string; title: string; done: number; total: number; topicsRead: number; topicsTotal: number; current: boolean; items: ItemView[] }[];
  /** Units that are not weeks: in the totals, never current. */
  appendix: { id: string; title: string; done: number; total: number; items: ItemView[] }[];
  /** "Week 2 of 6", or the current week's own label. */
  heading: string;
  /** Progress by the guide's own structure; absent when the curriculum has no roadmap or checklist sections. */
  guide?: GuideView;
  streak: Streak;
  orphans: { id: string; doneAt: string | null }[];
  quiz: QuizSummary;
}

export async function status(ctx: Context): Promise<StatusView> {
  const curriculum = await ctx.curriculumIndex();
  const plan = await startSchedule(ctx, curriculum);
  const course = courseProgress(ctx, curriculum);
  const { read, activity } = reading(ctx, curriculum);
  const weeks = curriculum.weeks.map((w) => {
    const items = w.items.map((i) => itemView(i, course, ctx.lang));
    const topicsRead = w.topics.filter((t) => own(read, t.id) !== undefined).length;
    return {
      week: w.number,
      ...(w.label ? { label: pick(w.label, ctx.lang) } : {}),
      title: pick(w.title, ctx.lang),
      done: items.filter((i) => i.done).length,
      total: items.length,
      topicsRead,
      topicsTotal: w.topics.length,
      current: w.number === plan.position.week,
      items,
    };
  });
  const appendix = curriculum.appendix.map((u) => {
    const items = u.items.map((i) => itemView(i, course, ctx.lang));
    return { id: u.id, title: pick(u.title, ctx.lang), done: items.filter((i) => i.done).length, total: items.length, items };
  });
  const units = [...weeks, ...appendix];
  const current = curriculum.weeks[plan.position.week - 1];
  const tally = tallyGuide(curriculum, course);
  const guide: GuideView | undefined =
    tally.stages.length || tally.sections.length
      ? {
          weeks: roadmapWeeks(curriculum),
          stages: tally.stages.map((t) => ({ stage: stageView(t.of, ctx.lang), done: t.done, total: t.total, items: t.items.map((i) => i.id) })),
          sections: tally.sections.map((t) => ({ title: pick(t.of.title, ctx.lang), done: t.done, total: t.total, items: t.items.map((i) => i.id) })),
          shared: sharedItems(curriculum).map(({ item, places }) => ({ id: item.id, places: places.map((p) => placeLabel(p, ctx.m, ctx.lang)) })),
        }
      : undefined;
  return {
    courseTitle: pick(curriculum.title, ctx.lang),
    currentWeek: plan.position.week,
    weekCount: curriculum.weeks.length,
    startDate: plan.startDate,
    startAssumed: plan.assumed,
    status: plan.position.status,
    overall: {
      done: units.reduce((n, w) => n + w.done, 0),
      total: units.reduce((n, w) => n + w.total, 0),
      topicsRead: weeks.reduce((n, w) => n + w.topicsRead, 0),
      topicsTotal: weeks.reduce((n, w) => n + w.topicsTotal, 0),
    },
    weeks,
    appendix,
    heading: current ? unitHeading(current, curriculum.weeks.length, ctx.m, ctx.lang) : ctx.m.weekOf(plan.position.week, curriculum.weeks.length),
    ...(guide ? { guide } : {}),
    streak: streak(activity, ctx.today),
    orphans: orphans(curriculum, course),
    quiz: quizSummary(curriculum, course, ctx.now, plan.position.week),
  };
}

/** The stable JSON contract (see README). */
export function statusJson(view: StatusView) {
  return {
    currentWeek: view.currentWeek,
    weekCount: view.weekCount,
    startDate: view.startDate,
    status: view.status,
    overall: view.overall,
    weeks: view.weeks.map((w) => ({
      week: w.week,
      title: w.title,
      done: w.done,
      total: w.total,
      topicsRead: w.topicsRead,
      topicsTotal: w.topicsTotal,
      items: w.items.map((i) => ({ id: i.id, text: i.text, done: i.done, doneAt: i.doneAt, evidence: i.evidence, ...(i.note ? { note: i.note } : {}), ...(i.verified ? { verified: i.verified } : {}) })),
    })),
    appendix: view.appendix.map((u) => ({ id: u.id, title: u.title, done: u.done, total: u.total, items: u.items.map((i) => ({ id: i.id, text: i.text, done: i.done, doneAt: i.doneAt, evidence: i.evidence, ...(i.note ? { note: i.note } : {}) })) })),
    roadmap: view.guide?.stages.map((s) => ({ stage: s.stage.number, title: s.stage.title, duration: s.stage.duration, weeks: s.stage.weeks, done: s.done, total: s.total, items: s.items })) ?? [],
    checklist: view.guide?.sections.map(({ title, done, total, items }) => ({ title, done, total, items })) ?? [],
    streak: view.streak.days,
    lastActivity: view.streak.lastActive ?? null,
    orphaned: view.orphans,
    quiz: view.quiz,
  };
}
