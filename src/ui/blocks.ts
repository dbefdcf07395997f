/** Building blocks shared by the renderers: headings, bullet lists, checklist lines. */
import { renderInline } from './markdown.js';
import type { Style } from './style.js';
import { padEnd, sanitize, width, wrap } from './text.js';

/** A section heading, wrapped to the width (a long assignment title must not overflow). */
export function heading(style: Style, text: string, columns: number, extra = ''): string[] {
  return wrap(`${style.c.bold(sanitize(text))}${extra ? ` ${style.c.dim(extra)}` : ''}`, columns);
}

export function bullets(style: Style, items: string[], columns: number, indent = '  '): string[] {
  return items.flatMap((item) => wrap(renderInline(sanitize(item), style), columns, `${indent}${style.bullet} `));
}

export interface CheckLine {
  id: string;
  text: string;
  done: boolean;
  /** Shown dimmed before the text, e.g. "[w2]". */
  tag?: string;
  extra?: string[];
}

/**
 * Checklist lines. Wide terminals get an ID column; narrow ones put the ID
 * under the text, so the text keeps enough room to stay readable.
 */
export function checklist(style: Style, lines: CheckLine[], columns: number, indent = '  '): string[] {
  const { c } = style;
  const idWidth = Math.max(0, ...lines.map((l) => width(l.id)));
  const wide = columns >= 70 && idWidth + 8 <= columns / 2;
  return lines.flatMap((line) => {
    const mark = line.done ? c.green(style.tick) : c.yellow(style.unicode ? '○' : 'o');
    const tag = line.tag ? `${c.dim(line.tag)} ` : '';
    const text = `${tag}${sanitize(line.text)}`;
    const extra = (line.extra ?? []).map((e) => c.dim(sanitize(e)));
    if (wide) {
      const lead = `${indent}${mark} ${c.dim(padEnd(line.id, idWidth))}  `;
      const hang = ' '.repeat(width(lead));
      return [...wrap(line.done ? c.dim(text) : text, columns, lead, hang), ...extra.flatMap((e) => wrap(e, columns, hang))];
    }
    const lead = `${indent}${mark} `;
    const hang = ' '.repeat(width(lead));
    return [...wrap(line.done ? c.dim(text) : text, columns, lead, hang), ...wrap(c.dim(line.id), columns, hang), ...extra.flatMap((e) => wrap(e, columns, hang))];
  });
}

/**
 * A sentence that ends with a command ("…: mlops-study show dvc-basics"),
 * wrapped so the command is never cut: when the whole does not fit, the
 * command goes on a line of its own under the text.
 */
export function withCommand(text: string, columns: number, indent = '', hanging?: string): string[] {
  let at = text.lastIndexOf('mlops-study ');
  // Colour codes just before the command belong to it.
  at -= /(?:\u001b\[[0-9;]*m)*$/.exec(text.slice(0, Math.max(0, at)))![0].length;
  const next = hanging ?? ' '.repeat(width(indent));
  if (at <= 0 || width(indent) + width(text) <= columns) return wrap(text, columns, indent, next);
  const command = text.slice(at);
  // A dash or arrow that only led to the command goes with it.
  const commandIndent = width(next) + width(command) <= columns ? next : '';
  return [...wrap(text.slice(0, at).trimEnd().replace(/\s+[—→-]$/, ''), columns, indent, next), ...wrap(command, columns, commandIndent)];
}

/** A command on its own line: indented when it fits, else from the first column; broken only when wider than the terminal. */
export function commandLine(command: string, columns: number, indent = '    '): string[] {
  if (width(indent) + width(command) <= columns) return [`${indent}${command}`];
  return width(command) <= columns ? [command] : wrap(command, columns);
}
