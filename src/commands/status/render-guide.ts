/** The guide's structure in `status`: roadmap stages and checklist sections, each with its bar. */
import type { Context } from '../../context.js';
import { bar, percent } from '../../ui/style.js';
import { padEnd, padStart, sanitize, truncate, width, wrap } from '../../ui/text.js';
import { weeksText } from '../guide-labels.js';
import type { GuideView } from './index.js';

export function renderGuide(guide: GuideView, ctx: Pick<Context, 'style' | 'columns' | 'm' | 'cmd'>, weekCount: number): string[] {
  const { style, columns, m } = ctx;
  const { c } = style;
  const rows = [
    ...guide.stages.map((s) => ({ label: m.stageRow(s.stage.number, sanitize(s.stage.title), m.duration(...s.stage.duration), weeksText(s.stage.weeks, m)), done: s.done, total: s.total, heading: '' })),
    ...guide.sections.map((s, i) => ({ label: sanitize(s.title), done: s.done, total: s.total, heading: i === 0 ? m.guideChecklist : '' })),
  ];
  const count = (r: { done: number; total: number }) => `${r.done}/${r.total}`;
  const countWidth = Math.max(...rows.map((r) => width(count(r))));
  const tail = (r: (typeof rows)[number]) => `${padStart(count(r), countWidth)} ${padStart(percent(r.done, r.total), 4)}`;
  const wide = columns >= 64;
  const barWidth = wide ? Math.min(12, columns - 52) : Math.max(6, Math.min(12, columns - 6 - countWidth - 5));
  const labelWidth = wide ? Math.min(Math.max(...rows.map((r) => width(r.label))), columns - 4 - barWidth - countWidth - 6) : 0;
  const out: string[] = [];
  if (guide.stages.length) out.push(...wrap(c.bold(m.roadmapHeading(guide.weeks[0], guide.weeks[1], weekCount)), columns));
  for (const r of rows) {
    if (r.heading) out.push(...wrap(c.bold(r.heading), columns));
    if (wide) out.push(`  ${padEnd(truncate(r.label, labelWidth), labelWidth)}  ${bar(style, r.done, r.total, barWidth)} ${tail(r)}`);
    else out.push(...wrap(r.label, columns, '  ', '    '), `    ${bar(style, r.done, r.total, barWidth)} ${tail(r)}`);
  }
  for (const s of guide.shared) out.push(...wrap(c.dim(m.sharedItem(s.id, s.places.join(', '))), columns, '  ', '  '));
  if (guide.stages.length) out.push(...wrap(c.dim(m.roadmapMore(ctx.cmd('show', 'roadmap'))), columns));
  return out;
}
