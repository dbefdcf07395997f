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
 * A sentence followed by a command (`ctx.cmd(...)`, glued so it never
 * breaks): on one line when it fits, else the command on a line of its own
 * under the text, indented when it fits there. A dash or arrow that only led
 * to the command is left out then: the line break says the same.
 */
export function withCommand(text: string, command: string, columns: number, indent = '', hanging?: string): string[] {
  const next = hanging ?? ' '.repeat(width(indent));
  if (width(indent) + width(text) + 1 + width(command) <= columns) return [`${indent}${text} ${command}`];
  // Colour codes after the dash belong to the text before it.
  const before = text.replace(/\s+[\u2014\u2192-]((?:\u001b\[[0-9;]*m)*)$/, '$1');
  // Unindented only when that makes it fit (as wrap() places a command).
  const commandIndent = width(next) + width(command) <= columns || width(command) > columns ? next : '';
  return [...wrap(before, columns, indent, next), `${commandIndent}${command}`];
}
