/**
 * The HTML that study guides are full of (centred titles, <a href> links,
 * <br>, <img> badges, <table> schedules, <details> sections, checkboxes in
 * cells), read into the same blocks as markdown. A small tokenizer, not a
 * browser: it never throws, and anything it does not know is unwrapped.
 */
import { InlineBuilder } from './inline.js';
import type { Block, Cell, ListItem, Row } from './ir.js';
import { leadingBox } from './checkbox.js';

export interface HtmlToken {
  kind: 'open' | 'close' | 'text';
  name: string;
  attrs: Record<string, string>;
  text: string;
  /** Offset in the source, for line numbers. */
  at: number;
}

const TAG = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>|<(\/?)([A-Za-z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', middot: '·', mdash: '—', ndash: '–', hellip: '…', copy: '©', rarr: '→', larr: '←' };
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return n > 0 && n < 0x110000 && !(n >= 0xd800 && n < 0xe000) ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

export function tokenizeHtml(source: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let last = 0;
  for (const m of source.matchAll(TAG)) {
    if (m.index > last) tokens.push({ kind: 'text', name: '', attrs: {}, text: decodeEntities(source.slice(last, m.index)), at: last });
    last = m.index + m[0].length;
    if (!m[2]) continue; // a comment, doctype or processing instruction
    const attrs: Record<string, string> = {};
    for (const a of (m[3] ?? '').matchAll(ATTR)) attrs[a[1]!.toLowerCase()] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
    tokens.push({ kind: m[1] ? 'close' : 'open', name: m[2].toLowerCase(), attrs, text: '', at: m.index });
  }
  if (last < source.length) tokens.push({ kind: 'text', name: '', attrs: {}, text: decodeEntities(source.slice(last)), at: last });
  return tokens;
}

const BLOCK = new Set(['p', 'div', 'center', 'section', 'article', 'header', 'footer', 'main', 'nav', 'aside', 'details', 'summary', 'blockquote', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'hr', 'pre']);

/**
 * An HTML block (or a run of them) as blocks. `line` is the line the HTML
 * starts on. Markdown is not read inside HTML (as on GitHub), except that a
 * list item or cell written "- [x] …" is a checkbox.
 */
export function htmlBlocks(source: string, line: number): Block[] {
  const blocks: Block[] = [];
  const lineAt = (offset: number) => {
    let n = line;
    for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) n++;
    return n;
  };
  let inline = new InlineBuilder(line);
  let heading = 0;
  const lists: { block: Extract<Block, { type: 'list' }>; item?: { li: ListItem; b: InlineBuilder } }[] = [];
  let table: { block: Extract<Block, { type: 'table' }>; row?: Row; cell?: InlineBuilder; head: boolean } | undefined;
  let pre: { lang: string; text: string; line: number } | undefined;

  const flush = (at: number) => {
    if (table?.cell || lists.at(-1)?.item) return; // text belongs to the open cell or item
    if (!inline.empty) {
      const done = inline.done();
      blocks.push(heading ? { type: 'heading', line: inline.line - (done.text.match(/\n/g)?.length ?? 0), depth: heading, inline: done } : { type: 'paragraph', line: inline.line - (done.text.match(/\n/g)?.length ?? 0), inline: done });
    }
    heading = 0;
    inline = new InlineBuilder(lineAt(at));
  };
  const target = () => table?.cell ?? lists.at(-1)?.item?.b ?? inline;
  const closeItem = (list: (typeof lists)[number]) => {
    if (!list.item) return;
    const done = list.item.b.done();
    const lead = leadingBox(done.text.replace(/^\s*[-*+]\s+/, ''), false);
    const li = list.item.li;
    li.inline = done;
    if (lead.box) {
      li.box = lead.box;
      li.inline = { ...done, text: lead.rest, md: done.md.replace(/^\s*[-*+]\s+/, '').replace(/^\[[^\]]*\]\s*/, '') };
    }
    list.item = undefined;
  };

  for (const t of tokenizeHtml(source)) {
    if (pre) {
      if (t.kind === 'close' && t.name === 'pre') {
        blocks.push({ type: 'code', line: pre.line, lang: pre.lang, text: pre.text.replace(/^\n|\n$/g, '') });
        pre = undefined;
      } else if (t.kind === 'text') pre.text += t.text;
      continue;
    }
    if (t.kind === 'text') {
      const b = target();
      const parts = t.text.split('\n');
      parts.forEach((p, i) => {
        if (i > 0) b.softBreak();
        b.add(p.replace(/[ \t]+/g, ' '));
      });
      continue;
    }
    const { name } = t;
    if (/^h[1-6]$/.test(name) && !table?.cell && !lists.at(-1)?.item) {
      flush(t.at);
      if (t.kind === 'open') heading = Number(name[1]);
      continue;
    }
    if (name === 'pre' && t.kind === 'open' && !table?.cell) {
      flush(t.at);
      pre = { lang: (t.attrs.lang ?? t.attrs.class ?? '').replace(/^(language|lang)-/, ''), text: '', line: lineAt(t.at) };
      continue;
    }
    if (name === 'table') {
      if (t.kind === 'open' && !table) {
        flush(t.at);
        table = { block: { type: 'table', line: lineAt(t.at), head: [], rows: [] }, head: false };
      } else if (t.kind === 'close' && table) {
        if (table.block.head.length || table.block.rows.length) blocks.push(table.block);
        table = undefined;
        inline = new InlineBuilder(lineAt(t.at));
      }
      continue;
    }
    if (table && (name === 'tr' || name === 'td' || name === 'th' || name === 'thead')) {
      const endCell = () => {
        if (!table?.cell) return;
        const cell: Cell = { inline: table.cell.done() };
        if (table.head) table.block.head.push(cell);
        else table.row?.cells.push(cell);
        table.cell = undefined;
      };
      if (name === 'thead') table.head = t.kind === 'open';
      else if (name === 'tr') {
        endCell();
        if (t.kind === 'open') {
          // A first row of <th> cells is the header, as in markdown.
          table.head = table.head || (!table.block.head.length && !table.block.rows.length);
          table.row = { line: lineAt(t.at), cells: [] };
        } else if (table.row) {
          if (table.head && table.row.cells.length === 0) table.head = false;
          else table.block.rows.push(table.row);
          table.row = undefined;
        }
      } else if (t.kind === 'open') {
        endCell();
        if (name === 'td' && table.head && table.block.head.length && !table.row?.cells.length) table.head = false;
        if (name === 'td' && table.head && !table.block.head.length) table.head = false;
        table.row ??= { line: lineAt(t.at), cells: [] };
        table.cell = new InlineBuilder(lineAt(t.at));
      } else endCell();
      continue;
    }
    if ((name === 'ul' || name === 'ol') && !table?.cell) {
      if (t.kind === 'open') {
        const parent = lists.at(-1);
        const block: Extract<Block, { type: 'list' }> = { type: 'list', line: lineAt(t.at), ordered: name === 'ol', start: 1, items: [] };
        if (parent?.item) parent.item.li.blocks.push(block);
        else {
          flush(t.at);
          blocks.push(block);
        }
        lists.push({ block });
      } else if (lists.length) closeItem(lists.pop()!);
      continue;
    }
    if (name === 'li' && lists.length && !table?.cell) {
      const list = lists.at(-1)!;
      closeItem(list);
      if (t.kind === 'open') {
        const li: ListItem = { line: lineAt(t.at), inline: { text: '', md: '', links: [] }, blocks: [] };
        list.block.items.push(li);
        list.item = { li, b: new InlineBuilder(li.line) };
      }
      continue;
    }
    if (name === 'hr' && !table?.cell) {
      flush(t.at);
      blocks.push({ type: 'rule', line: lineAt(t.at) });
      continue;
    }
    if (BLOCK.has(name) && !table?.cell && !lists.at(-1)?.item) {
      flush(t.at);
      // <summary> of a <details> section: a heading below all others (depth 7), so "Week 1" there can be a week.
      if (name === 'summary' && t.kind === 'open') heading = 7;
      continue;
    }
    target().htmlTag(name, t.kind === 'close', t.attrs);
  }
  if (pre) blocks.push({ type: 'code', line: pre.line, lang: pre.lang, text: pre.text });
  while (lists.length) closeItem(lists.pop()!);
  if (table && (table.block.head.length || table.block.rows.length)) blocks.push(table.block);
  flush(source.length);
  return blocks;
}
