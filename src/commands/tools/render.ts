/** Renders the tool catalogue: one block per category, one line group per tool. */
import type { Context } from '../../context.js';
import { heading } from '../../ui/blocks.js';
import { renderInline } from '../../ui/markdown.js';
import { sanitize, wrap } from '../../ui/text.js';
import type { ToolsView } from './index.js';

export function renderTools(view: ToolsView, ctx: Pick<Context, 'style' | 'columns' | 'm' | 'cmd'>): string {
  const { style, columns: cols, m } = ctx;
  const { c } = style;
  const out: string[] = [];
  for (const category of view.categories) {
    if (out.length) out.push('');
    out.push(...heading(style, category.title, cols, `(${category.tools.length})`));
    for (const tool of category.tools) {
      out.push(...wrap(`${c.bold(sanitize(tool.name))} ${c.dim(tool.id)}`, cols, `  ${style.bullet} `));
      // The first sentence of the purpose is the guide's own short description.
      out.push(...wrap(renderInline(sanitize(tool.purpose), style), cols, '    '));
      const meta = [c.underline(tool.docs ?? tool.url), ...(tool.installCheck ? [`${m.installCheck}: ${c.cyan(tool.installCheck)}`] : [])];
      out.push(...wrap(c.dim(meta.join(' · ')), cols, '    '));
    }
  }
  out.push('', c.dim(ctx.cmd('show', { placeholder: '<id>' })));
  return out.join('\n');
}
