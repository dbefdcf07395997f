/**
 * Renders the markdown used in study notes for a terminal: headings, wrapped
 * paragraphs and lists, code blocks kept intact, links shown with their URL.
 * A small line-based renderer on purpose: it runs on `next`'s start-up path,
 * where a full markdown parser would cost more than the rest of the command.
 */
import { parseInline, type Inline } from './inline.js';
import type { Style } from './style.js';
import { sanitize, width, wrap } from './text.js';

export function renderInline(text: string, style: Style): string {
  return parseInline(text).map((node) => inlineNode(node, style)).join('');
}

function inlineNode(node: Inline, style: Style): string {
  const { c } = style;
  const inner = (nodes: Inline[]) => nodes.map((n) => inlineNode(n, style)).join('');
  switch (node.kind) {
    case 'text':
      return node.text;
    case 'code':
      return c.cyan(node.text);
    case 'strong':
      return c.bold(inner(node.children));
    case 'em':
      return c.italic(inner(node.children));
    case 'link': {
      const label = inner(node.label);
      return label === node.url ? c.underline(node.url) : `${label} ${c.dim('(')}${c.underline(node.url)}${c.dim(')')}`;
    }
  }
}

export function renderMarkdown(markdown: string, style: Style, columns: number, indent = ''): string[] {
  const { c } = style;
  const out: string[] = [];
  const lines = sanitize(markdown).split('\n');
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) out.push(...wrap(renderInline(paragraph.join(' '), style), columns, indent));
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^(\s*)(```|~~~)\s*([\w-]*)/.exec(line);
    if (fence) {
      flush();
      const marker = fence[2]!;
      // A fence indented under a list item: its code lines carry the same indent.
      const fenceIndent = fence[1]!.length;
      const body: string[] = [];
      while (++i < lines.length && !lines[i]!.trimStart().startsWith(marker)) {
        const code = lines[i]!;
        body.push(code.slice(Math.min(fenceIndent, code.length - code.trimStart().length)));
      }
      const inset = `${indent}${' '.repeat(fenceIndent)}`;
      if (out.length && out.at(-1) !== '') out.push('');
      if (fence[3]) out.push(c.dim(`${inset}  ${fence[3]}`));
      for (const code of body) out.push(`${inset}    ${c.cyan(code)}`);
      out.push('');
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      if (out.length && out.at(-1) !== '') out.push('');
      const text = renderInline(heading[2]!, style);
      out.push(...wrap(heading[1]!.length <= 2 ? c.bold.underline(text) : c.bold(text), columns, indent));
      continue;
    }
    const bullet = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (bullet) {
      flush();
      const depth = Math.min(3, Math.floor(bullet[1]!.length / 2));
      const marker = /\d/.test(bullet[2]!) ? bullet[2]! : style.bullet;
      let text = bullet[3]!;
      // Continuation lines of the same list item.
      while (i + 1 < lines.length && /^\s{2,}\S/.test(lines[i + 1]!) && !/^\s*([-*+]|\d+[.)])\s|^\s*(```|~~~)/.test(lines[i + 1]!)) {
        text += ` ${lines[++i]!.trim()}`;
      }
      const lead = `${indent}${'  '.repeat(depth)}${marker} `;
      out.push(...wrap(renderInline(text, style), columns, lead, ' '.repeat(width(lead))));
      continue;
    }
    if (/^\s*>/.test(line)) {
      flush();
      out.push(...wrap(renderInline(line.replace(/^\s*>\s?/, ''), style), columns, `${indent}${c.dim('│')} `));
      continue;
    }
    if (/^\s*\|.*\|\s*$/.test(line)) {
      flush();
      out.push(`${indent}${renderInline(line.trim(), style)}`);
      continue;
    }
    if (!line.trim()) {
      flush();
      if (out.length && out.at(-1) !== '') out.push('');
      continue;
    }
    paragraph.push(line.trim());
  }
  flush();
  while (out.at(-1) === '') out.pop();
  return out;
}
