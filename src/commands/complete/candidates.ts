/**
 * The IDs that fit a position on the command line, in the order a learner
 * wants them: what is open this week before what is done, what is taught
 * this week before the rest. Pure: curriculum and progress in, candidates out.
 */
import type { CurriculumCatalog, CurriculumIndex, Item } from '../../curriculum/types.js';
import { pick, type Lang } from '../../i18n/lang.js';
import type { Messages } from '../../i18n/messages.js';
import { itemProgress } from '../../plan/item-state.js';
import { isDone, type CourseProgress } from '../../progress/types.js';

export interface Candidate {
  value: string;
  description?: string;
}

export interface Position {
  /** The current week (1 when the course has not started). */
  week: number;
  lang: Lang;
  m: Messages;
}

/**
 * Checklist items. Open ones first: the week asked for with --week (else the
 * current one), then earlier weeks (carried over), then later ones; then the
 * ticked ones. With --undo, only ticked ones, the latest tick first.
 */
export function itemCandidates(curriculum: CurriculumIndex, course: CourseProgress, at: Position, options: { undo: boolean; week?: number; exclude: string[] }): Candidate[] {
  const first = options.week ?? at.week;
  const rank = (item: Item) => (item.week === first ? 0 : item.week < first ? 1 : 2);
  const items = curriculum.weeks.flatMap((w) => w.items).filter((i) => !options.exclude.includes(i.id));
  const ticked = items.map((item) => ({ item, at: itemProgress(item, course) })).filter((x) => isDone(x.at));
  const describe = (item: Item, done: boolean) => `${done ? `${at.m.completeDone} · ` : ''}${pick(item.text, at.lang)}`;
  if (options.undo) {
    return ticked
      .sort((a, b) => (b.at!.doneAt! < a.at!.doneAt! ? -1 : b.at!.doneAt! > a.at!.doneAt! ? 1 : 0))
      .map(({ item }) => ({ value: item.id, description: describe(item, true) }));
  }
  const done = new Set(ticked.map((x) => x.item));
  const open = items.filter((i) => !done.has(i)).sort((a, b) => rank(a) - rank(b) || a.week - b.week);
  return [...open.map((i) => ({ value: i.id, description: describe(i, false) })), ...[...done].map((i) => ({ value: i.id, description: describe(i, true) }))];
}

/** What `show` takes: this week's topics, the other topics, week numbers, tools, projects and the guide's pages. */
export function targetCandidates(curriculum: CurriculumIndex, catalog: CurriculumCatalog | undefined, at: Position, prefix: string): Candidate[] {
  const out: Candidate[] = [
    ...topicCandidates(curriculum, at),
    ...weekCandidates(curriculum, at),
    ...(catalog?.tools ?? []).map((t) => ({ value: t.id, description: at.m.completeTool(t.name) })),
    ...curriculum.projects.map((p) => ({ value: p.id, description: at.m.completeProject(pick(p.title, at.lang)) })),
    { value: 'lifecycle', description: at.m.lifecycle },
    ...(curriculum.roadmap.stages.length ? [{ value: 'roadmap', description: at.m.roadmapTitle }] : []),
    ...(catalog?.versions.length ? [{ value: 'versions', description: at.m.versionsTitle }] : []),
  ];
  // Week IDs (week-2) also work, but only clutter the list: offered when typed.
  if (prefix && !/^\d/.test(prefix)) out.push(...curriculum.weeks.map((w) => ({ value: w.id, description: at.m.completeWeek(w.number, pick(w.title, at.lang)) })));
  return out;
}

/** Topic IDs (what `read` takes, and the first of `show`'s): this week's first, then the others in week order. */
export function topicCandidates(curriculum: CurriculumIndex, at: Position): Candidate[] {
  return curriculum.weeks
    .flatMap((w) => w.topics.map((t) => ({ week: w.number, topic: t })))
    .sort((a, b) => (a.week === at.week ? 0 : 1) - (b.week === at.week ? 0 : 1) || a.week - b.week)
    .map(({ week, topic }) => ({ value: topic.id, description: at.m.completeTopic(week, pick(topic.title, at.lang)) }));
}

export function weekCandidates(curriculum: CurriculumIndex, at: Position): Candidate[] {
  return curriculum.weeks.map((w) => ({ value: String(w.number), description: at.m.completeWeek(w.number, pick(w.title, at.lang)) }));
}

export function categoryCandidates(catalog: CurriculumCatalog | undefined, lang: Lang): Candidate[] {
  return (catalog?.toolCategories ?? []).map((c) => ({ value: c.id, description: pick(c.title, lang) }));
}
