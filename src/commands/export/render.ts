/** What `export -o FILE` says once the file is written. */
import type { Context } from '../../context.js';
import { terminalLine, wrap } from '../../ui/text.js';
import type { ExportView } from './index.js';

export function renderExported(view: ExportView, ctx: Pick<Context, 'style' | 'columns' | 'm'>): string {
  const { style, columns, m } = ctx;
  const out = [`${style.tick} ${terminalLine(view.file ?? '')}`];
  if (view.anki) {
    out.push(...wrap(m.exportAnkiWritten(view.anki.notes, view.anki.deck), columns, '  ', '  '));
    out.push(...wrap(style.c.dim(m.exportAnkiImport), columns, '  ', '  '));
  }
  return out.join('\n');
}
