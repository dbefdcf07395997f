/** Renders `validate`: the counts when valid, else every problem as file:line:col. */
import type { Context } from '../../context.js';
import { sanitize, wrap } from '../../ui/text.js';
import type { ValidateView } from './index.js';

export function renderValidate(view: ValidateView, ctx: Pick<Context, 'style' | 'columns' | 'm' | 'lang'>): string {
  const { style, m } = ctx;
  const { c } = style;
  const { ok, counts } = view.json;
  const errors = view.problems;
  if (!ok) {
    // One problem per line, unwrapped: editors and terminals link file:line:col.
    return [...errors.map((e) => `${c.red(style.cross)} ${sanitize(`${e.file}:${e.line}:${e.column}: ${e.message}`)}`), '', c.red(m.validErrors(errors.length))].join('\n');
  }
  const types = Object.entries(counts.questionTypes)
    .map(([type, n]) => `${m.questionTypes[type] ?? type} ${n}`)
    .join(', ');
  return [
    `${c.green(style.tick)} ${m.validOk(sanitize(view.dir))}`,
    ...wrap(
      `  ${m.validCounts(counts)}`,
      ctx.columns,
      '',
      '  ',
    ),
    ...(types ? wrap(c.dim(`  (${types})`), ctx.columns, '', '  ') : []),
  ].join('\n');
}
