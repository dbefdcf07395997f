/** Renders a week, project or the lifecycle for `show`. Topics and tools: render-topic.ts. */
import type { Context } from '../../context.js';
import { topicPage } from '../../curriculum/topic-cache.js';
import type { Curriculum, Topic } from '../../curriculum/types.js';
import { pick } from '../../i18n/lang.js';
import { bullets, heading } from '../../ui/blocks.js';
import { renderInline, renderMarkdown } from '../../ui/markdown.js';
import { sanitize, wrap } from '../../ui/text.js';
import type { ShowView } from './index.js';
import { unitHeading } from '../shared.js';
import { renderRoadmap, renderVersions } from './render-guide.js';
import { renderTool, renderTopic } from './render-topic.js';
import { stageOfWeek } from '../../plan/roadmap.js';
import { stageLabels, stageView } from '../guide-labels.js';

export type RenderContext = Pick<Context, 'style' | 'columns' | 'm' | 'lang' | 'cmd'>;

export function renderShow(view: ShowView, ctx: RenderContext): string {
  const { target, curriculum } = view;
  switch (target.kind) {
    case 'topic':
      // show() gives a topic the whole curriculum, its notes included.
      return renderTopic(
        {
          page: topicPage(curriculum as Curriculum, target.topic as Topic, ctx.lang),
          week: { number: target.week.number, title: pick(target.week.title, ctx.lang), ...(target.week.label ? { label: pick(target.week.label, ctx.lang) } : {}) },
          items: target.week.items.filter((i) => i.topic === target.topic.id).map((i) => ({ id: i.id, text: pick(i.text, ctx.lang) })),
        },
        ctx,
      );
    case 'tool':
      return renderTool(target.tool, curriculum, ctx);
    case 'week':
      return renderWeek(view as ShowView & { target: { kind: 'week' } }, ctx);
    case 'project':
      return renderProject(view as ShowView & { target: { kind: 'project' } }, ctx);
    case 'lifecycle':
      return renderLifecycle(view as ShowView & { target: { kind: 'lifecycle' } }, ctx);
    case 'roadmap':
      return renderRoadmap(curriculum, ctx);
    case 'versions':
      return renderVersions(curriculum, ctx);
  }
}

function renderWeek({ target: { week }, curriculum }: ShowView & { target: { kind: 'week' } }, ctx: RenderContext): string {
  const { style, columns: cols, m, lang } = ctx;
  const { c } = style;
  const out = [c.dim(unitHeading(week, curriculum.weeks.length, m, lang))];
  const stage = stageOfWeek(curriculum, week.number);
  if (stage) {
    const labels = stageLabels(stageView(stage, lang), m);
    out.push(...wrap(`${c.cyan(sanitize(labels.title))} ${c.dim(`(${labels.when})`)}`, cols));
  }
  out.push(...wrap(c.bold.cyan(sanitize(pick(week.title, lang))), cols));
  const summary = pick(week.summary, lang);
  if (summary) out.push(...wrap(renderInline(sanitize(summary), style), cols));
  if (week.goals.length) out.push('', ...heading(style, m.goals, cols), ...bullets(style, week.goals.map((g) => pick(g, lang)), cols));
  if (week.topics.length) {
    out.push('', ...heading(style, m.topics, cols));
    for (const t of week.topics) {
      out.push(...wrap(`${c.bold(sanitize(pick(t.title, lang)))} ${c.dim('—')} ${renderInline(sanitize(pick(t.summary, lang)), style)}`, cols, `  ${style.bullet} `));
      out.push(...wrap(c.dim(ctx.cmd('show', t.id)), cols, '    '));
    }
  }
  if (week.assignment) {
    const a = week.assignment;
    out.push('', ...heading(style, `${m.assignment}: ${pick(a.title, lang)}`, cols), ...renderMarkdown(pick(a.description, lang), style, cols, '  '));
    if (a.deliverables.length) out.push('', `  ${c.bold(m.deliverables)}`, ...bullets(style, a.deliverables.map((d) => pick(d, lang)), cols, '    '));
    if (a.bring.length) out.push('', `  ${c.bold(m.bring)}`, ...bullets(style, a.bring.map((b) => pick(b, lang)), cols, '    '));
  }
  // An appendix unit of notes only (a FAQ, a License) has no checklist to show.
  if (week.items.length || week.number > 0) out.push('', ...heading(style, m.checklist, cols), ...week.items.flatMap((i) => wrap(`${sanitize(pick(i.text, lang))} ${c.dim(i.id)}`, cols, `  ${style.bullet} `)));
  const resources = week.resources.map((id) => curriculum.resources.find((r) => r.id === id)).filter((r) => r !== undefined);
  if (resources.length) {
    out.push('', ...heading(style, m.resources, cols));
    for (const r of resources) out.push(...wrap(`${sanitize(pick(r.title, lang))}${r.url ? ` ${c.underline(sanitize(r.url))}` : ''}`, cols, `  ${style.bullet} `));
  }
  return out.join('\n');
}

function renderProject({ target: { project }, curriculum }: ShowView & { target: { kind: 'project' } }, ctx: RenderContext): string {
  const { style, columns: cols, m, lang } = ctx;
  const { c } = style;
  const out = [...wrap(c.bold.cyan(sanitize(pick(project.title, lang))), cols), ...wrap(`${c.bold(m.goal)}: ${sanitize(pick(project.goal, lang))}`, cols), '', ...heading(style, m.components, cols)];
  for (const item of curriculum.weeks.flatMap((w) => w.items).filter((i) => i.project === project.id)) {
    out.push(...wrap(`${sanitize(pick(item.text, lang))} ${c.dim(`· ${m.topicOfWeek(item.week, sanitize(pick(curriculum.weeks[item.week - 1]!.title, lang)))} · ${item.id}`)}`, cols, `  ${style.bullet} `));
  }
  return out.join('\n');
}

function renderLifecycle({ target: { stages }, curriculum }: ShowView & { target: { kind: 'lifecycle' } }, ctx: RenderContext): string {
  const { style, columns: cols, m, lang } = ctx;
  const { c } = style;
  const toolName = (id: string) => sanitize(curriculum.tools.find((t) => t.id === id)?.name ?? id);
  const out = [c.bold.cyan(m.lifecycle)];
  for (const stage of stages) {
    out.push('', ...wrap(c.bold(`${stage.number}. ${sanitize(pick(stage.title, lang))}`), cols));
    for (const point of stage.points) {
      const refs = [
        ...(point.weeks.length ? [m.weeksLabel(point.weeks.join(', '), point.weeks.length > 1)] : []),
        ...(point.tools.length ? [point.tools.map(toolName).join(', ')] : []),
      ];
      out.push(...wrap(`${sanitize(pick(point.text, lang))}${refs.length ? ` ${c.dim(`(${refs.join(' · ')})`)}` : ''}`, cols, `   ${style.bullet} `));
    }
    if (stage.tools.length) out.push(...wrap(c.dim(`${m.tools}: ${stage.tools.map((t) => `${toolName(t)} (${ctx.cmd('show', t)})`).join(', ')}`), cols, '     '));
  }
  return out.join('\n');
}
