/** The import report: what was made, from which structure, and what was skipped, with line numbers. */
import type { Context } from '../../context.js';
import { displayPath } from '../../curriculum/files.js';
import { sanitize, terminalLine, wrap } from '../../ui/text.js';
import type { ImportView } from './index.js';

export function renderImport(view: ImportView, ctx: Pick<Context, 'style' | 'columns' | 'm' | 'cwd' | 'cmd'>): string {
  const { style, columns, m } = ctx;
  const { c } = style;
  const r = view.result.report;
  // File names are text from outside too: shown, never acted on.
  const dir = terminalLine(displayPath(view.dir, ctx.cwd));
  const out = [
    ...wrap(`${c.green(style.tick)} ${m.importDone} ${terminalLine(displayPath(view.source, ctx.cwd))} ${style.arrow} ${dir}`, columns, '', '  '),
    ...wrap(`${m.importCounts(r.weeks, r.topics, r.items, r.resources)} · ${m.importStructure[r.structure]}`, columns, '  ', '  '),
  ];
  if (view.progressSaved) out.push(...wrap(m.importSaved(view.progressSaved), columns, '  ', '  '));
  for (const [label, lines] of [[m.importNotes, r.notes], [m.importSkipped, r.skipped]] as const) {
    if (!lines.length) continue;
    out.push('', c.bold(label));
    for (const l of lines) out.push(...wrap(`${c.dim(m.importLine(l.line))} ${sanitize(l.message)}`, columns, '  ', '    '));
  }
  out.push('', ...wrap(c.dim(m.importNext(ctx.cmd('next', '--curriculum', dir))), columns));
  return out.join('\n');
}
