/** Renders search results: kind, title, a snippet around the match, the command to open it. */
import type { Context } from '../../context.js';
import type { DocKind } from '../../search/index.js';
import { sanitize, width, wrap } from '../../ui/text.js';
import type { SearchView } from './index.js';

export function renderSearch(view: SearchView, ctx: Pick<Context, 'style' | 'columns' | 'm' | 'cmd'>): string {
  const { style, columns: cols, m } = ctx;
  const { c } = style;
  if (!view.results.length) return [m.searchNone(view.query), c.dim(m.searchHint)].join('\n');
  const kinds: Record<DocKind, string> = { topic: m.kindTopic, tool: m.kindTool, item: m.kindItem, resource: m.kindResource, stage: m.kindStage, week: m.kindWeek };
  const out = [c.dim(m.searchResults(view.results.length, view.query)), ''];
  for (const r of view.results) {
    out.push(...wrap(`${c.dim(`[${kinds[r.kind]}]`)} ${c.bold(sanitize(r.title))}`, cols, `${style.bullet} `));
    if (r.snippet) out.push(...wrap(c.dim(sanitize(r.snippet)), cols, '    '));
    const target = r.command ? ctx.cmd(...r.command) : r.open;
    // Arrow and target on one line; else the target alone under the result (an arrow alone on a line says nothing).
    if (width(`    ${style.arrow} ${target}`) <= cols) out.push(`    ${style.arrow} ${c.cyan(target)}`);
    else out.push(...wrap(c.cyan(target), cols, '    '));
  }
  return out.join('\n');
}
