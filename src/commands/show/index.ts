/**
 * `mlops-study show <week|topic|tool|project|lifecycle>`: finds what to show.
 * A week, tool, project, the lifecycle, roadmap or versions come from the index and the
 * catalogue (small per-language caches); only a topic's notes need the whole
 * curriculum.
 */
import type { Context } from '../../context.js';
import type { Curriculum, CurriculumCatalog, CurriculumIndex, LifecycleStage, Project, Tool } from '../../curriculum/types.js';
import { UsageError } from '../../errors.js';
import { messages, type Messages } from '../../i18n/messages.js';
import { closest } from '../../util/suggest.js';
import { canonicalCommand } from '../../ui/suggestion.js';
import type { CommandWord } from '../../util/invocation.js';

export interface ShowOptions {
  pager?: boolean;
}

/** What `show` looks things up in: the index and the catalogue, or a whole curriculum (which has both). */
export type ShowSource = Pick<CurriculumIndex, 'weeks' | 'appendix' | 'projects' | 'roadmap' | 'checklist' | 'resources'> & Omit<CurriculumCatalog, 'resources'>;

type WeekOf<C extends ShowSource> = C['weeks'][number];

export type ShowTarget<C extends ShowSource = ShowSource> =
  | { kind: 'week'; week: WeekOf<C> }
  | { kind: 'topic'; topic: WeekOf<C>['topics'][number]; week: WeekOf<C> }
  | { kind: 'tool'; tool: Tool }
  | { kind: 'project'; project: Project }
  | { kind: 'lifecycle'; stages: LifecycleStage[] }
  | { kind: 'roadmap' }
  | { kind: 'versions' };

/** For a topic, `curriculum` is the whole curriculum (its notes are shown). */
export interface ShowView<C extends ShowSource = ShowSource> {
  target: ShowTarget<C>;
  curriculum: C;
}

/** What `query` names in `curriculum`, or undefined (without the suggestions findTarget works out). */
export function lookupTarget<C extends ShowSource>(curriculum: C, query: string): ShowTarget<C> | undefined {
  const key = query.trim().toLowerCase();
  if (/^\d+$/.test(key)) {
    const week = curriculum.weeks[Number(key) - 1];
    return week ? { kind: 'week', week } : undefined;
  }
  if (key === 'lifecycle' || key === '라이프사이클') return { kind: 'lifecycle', stages: curriculum.lifecycle };
  if (key === 'roadmap' || key === '로드맵') return { kind: 'roadmap' };
  if (key === 'versions' || key === '버전') return { kind: 'versions' };
  for (const week of [...curriculum.weeks, ...curriculum.appendix]) {
    if (week.id === key) return { kind: 'week', week };
    const topic = week.topics.find((t) => t.id === key);
    if (topic) return { kind: 'topic', topic, week };
  }
  const tool = curriculum.tools.find((t) => t.id === key || t.name.toLowerCase() === key);
  if (tool) return { kind: 'tool', tool };
  const project = curriculum.projects.find((p) => p.id === key);
  if (project) return { kind: 'project', project };
  const stage = curriculum.lifecycle.find((s) => s.id === key);
  return stage ? { kind: 'lifecycle', stages: [stage] } : undefined;
}

/** What `query` names; else a usage error that says what might have been meant. */
export function findTarget<C extends ShowSource>(curriculum: C, query: string, m: Messages = messages('en'), cmd: (...args: CommandWord[]) => string = (...a) => canonicalCommand(a)): ShowTarget<C> {
  const found = lookupTarget(curriculum, query);
  if (found) return found;
  const key = query.trim().toLowerCase();
  if (/^\d+$/.test(key)) throw new UsageError(m.errNoWeek(key, curriculum.weeks.length), m.hintShowWeek(cmd('show', '1')));
  const ids = [
    ...[...curriculum.weeks, ...curriculum.appendix].flatMap((w) => [w.id, ...w.topics.map((t) => t.id)]),
    ...curriculum.tools.map((t) => t.id),
    ...curriculum.projects.map((p) => p.id),
    ...curriculum.lifecycle.map((s) => s.id),
    'lifecycle',
    'roadmap',
    'versions',
  ];
  const guesses = closest(key, ids);
  const item = [...curriculum.weeks, ...curriculum.appendix].flatMap((w) => w.items).find((i) => i.id === key);
  // A checklist item is read where it is taught: its topic, else its week (not three look-alike week IDs).
  const hint = item?.topic
    ? m.hintItemTopic(key, cmd('show', item.topic))
    : item
      ? m.hintItemWeek(key, cmd('show', String(item.week)))
      : guesses.length
      ? m.hintDidYouMean(guesses.map((g) => cmd('show', g)).join(', '))
      : m.hintShowWhat(cmd('next'), cmd('tools'), cmd('search', { placeholder: '<words>' }));
  throw new UsageError(m.errNothingToShow(query), hint);
}

export async function show(ctx: Context, query: string): Promise<ShowView> {
  const index = await ctx.curriculumIndex();
  const { weeks, appendix, projects, roadmap, checklist, resources } = index;
  // A week or a project needs nothing beyond the index; anything else, the catalogue too.
  let source: ShowSource = { weeks, appendix, projects, roadmap, checklist, resources, tools: [], toolCategories: [], lifecycle: [], versions: [] };
  // Roadmap, versions and lifecycle are found without the catalogue but shown from it.
  let target = lookupTarget(source, query);
  if (!target || !['week', 'topic', 'project'].includes(target.kind)) {
    source = { weeks, appendix, projects, roadmap, checklist, ...(await ctx.catalog()) };
    target = findTarget(source, query, ctx.m, ctx.cmd);
  }
  if (target.kind !== 'topic') return { target, curriculum: source };
  const curriculum: Curriculum = await ctx.curriculum();
  return { target: findTarget(curriculum, query, ctx.m, ctx.cmd), curriculum };
}
