/** `mlops-study show <week|topic|tool|project|lifecycle>`: finds what to show. */
import type { Context } from '../../context.js';
import type { Curriculum, LifecycleStage, Project, Tool, Topic, Week } from '../../curriculum/types.js';
import { UsageError } from '../../errors.js';
import { messages, type Messages } from '../../i18n/messages.js';
import { closest } from '../../util/suggest.js';
import { canonicalCommand } from '../../ui/suggestion.js';

export interface ShowOptions {
  pager?: boolean;
}

export type ShowTarget =
  | { kind: 'week'; week: Week }
  | { kind: 'topic'; topic: Topic; week: Week }
  | { kind: 'tool'; tool: Tool }
  | { kind: 'project'; project: Project }
  | { kind: 'lifecycle'; stages: LifecycleStage[] }
  | { kind: 'roadmap' }
  | { kind: 'versions' };

export interface ShowView {
  target: ShowTarget;
  curriculum: Curriculum;
}

export function findTarget(curriculum: Curriculum, query: string, m: Messages = messages('en'), cmd: (...args: string[]) => string = (...a) => canonicalCommand(a)): ShowTarget {
  const key = query.trim().toLowerCase();
  if (/^\d+$/.test(key)) {
    const week = curriculum.weeks[Number(key) - 1];
    if (week) return { kind: 'week', week };
    throw new UsageError(m.errNoWeek(key, curriculum.weeks.length), m.hintShowWeek(cmd('show', '1')));
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
  if (stage) return { kind: 'lifecycle', stages: [stage] };

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
      : m.hintShowWhat(cmd('next'), cmd('tools'), cmd('search', '<words>'));
  throw new UsageError(m.errNothingToShow(query), hint);
}

export async function show(ctx: Context, query: string): Promise<ShowView> {
  const curriculum = await ctx.curriculum();
  return { target: findTarget(curriculum, query, ctx.m, ctx.cmd), curriculum };
}
