/** Renders resources: the guide's list grouped by kind, then the tools' docs. */
import type { Context } from '../../context.js';
import { heading } from '../../ui/blocks.js';
import { sanitize, wrap } from '../../ui/text.js';
import type { ResourcesView, ResourceView } from './index.js';

export function renderResources(view: ResourcesView, ctx: Pick<Context, 'style' | 'columns' | 'm'>): string {
  const { style, columns: cols, m } = ctx;
  const { c } = style;
  const out: string[] = [];
  const entry = (r: ResourceView) => {
    out.push(...wrap(`${c.bold(sanitize(r.title))}${r.authors ? ` ${c.dim(`— ${sanitize(r.authors)}`)}` : ''} ${c.dim(`(${m.kind(r.kind)})`)}`, cols, `  ${style.bullet} `));
    if (r.description) out.push(...wrap(sanitize(r.description), cols, '    '));
    if (r.url) out.push(...wrap(c.underline(r.url), cols, '    '));
  };
  const course = view.resources.filter((r) => r.origin === 'course');
  const tools = view.resources.filter((r) => r.origin === 'tool');
  if (view.week !== undefined) out.push(c.dim(m.weekHeading(view.week)));
  if (course.length) {
    out.push(...heading(style, m.courseResources, cols));
    for (const r of course) entry(r);
  }
  if (tools.length) {
    if (out.length) out.push('');
    out.push(...heading(style, m.toolDocs, cols));
    for (const r of tools) out.push(...wrap(`${sanitize(r.title)} ${c.underline(r.url ?? '')}`, cols, `  ${style.bullet} `));
  }
  return out.join('\n');
}
