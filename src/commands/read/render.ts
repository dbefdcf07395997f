/** Renders what `read` changed and the topics read of the weeks it touched. */
import type { Context } from '../../context.js';
import { sanitize, wrap } from '../../ui/text.js';
import type { ReadView } from './index.js';

export function renderRead(view: ReadView, ctx: Pick<Context, 'style' | 'columns' | 'm'>): string {
  const { style, columns, m } = ctx;
  const { c } = style;
  const out: string[] = [];
  for (const change of view.changes) {
    const [mark, label] =
      change.change === 'read' ? [c.green(style.tick), m.readMarked] : change.change === 'unread' ? [c.yellow('↺'), m.readUnmarked] : [c.dim('·'), change.undo ? m.readWasNot : m.readAlready];
    out.push(...wrap(`${c.dim(change.id)} ${sanitize(change.title)} ${c.dim(`(${label})`)}`, columns, `${mark} `, '  '));
  }
  out.push('');
  for (const w of view.weeks) out.push(...wrap(m.readWeek(w.week, w.read, w.total), columns));
  return out.join('\n');
}
