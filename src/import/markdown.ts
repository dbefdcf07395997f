/**
 * Reads a guide's markdown (CommonMark + GFM tables and strikethrough, HTML
 * inside) into blocks, with markdown-it. Two things keep a 5 MB guide fast
 * and small: markdown-it is linear where micromark was quadratic on long
 * nested lists and long paragraphs (see docs/curriculum-format.md, "import"),
 * and the guide is fed in chunks of about 16 kB, cut only where no block
 * can continue (see chunks.ts), so its tokens never all exist at once.
 */
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { splitChunks, referenceDefinitions } from './chunks.js';
import { htmlBlocks } from './html.js';
import { InlineBuilder } from './inline.js';
import { leadingBox } from './checkbox.js';
import { emptyInline, type Block, type Cell, type Inline, type ListItem, type Row, type TableBlock } from './ir.js';

const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
// Only what a guide needs: no typographic replacements, and no autolinking of bare text.
md.disable(['replacements', 'smartquotes']);

const ALERT = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*/i;

export function parseMarkdown(source: string): Block[] {
  const references = referenceDefinitions(source, md.utils.normalizeReference);
  for (const ref of Object.values(references)) ref.href = md.normalizeLink(ref.href);
  const env = { references };
  const blocks: Block[] = [];
  for (const chunk of splitChunks(source)) {
    const tokens = md.parse(chunk.text, env);
    const parsed = new Reader(tokens, chunk.line).blocks();
    // A table cut between two chunks: the rows of the second belong to the first.
    const last = blocks.at(-1);
    if (chunk.continuesTable && parsed[0]?.type === 'table' && last?.type === 'table') last.rows.push(...(parsed.shift() as TableBlock).rows);
    blocks.push(...parsed);
  }
  return blocks;
}

class Reader {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    /** The chunk's first line in the guide. */
    private readonly base: number,
  ) {}

  private line(token: Token | undefined): number {
    return (token?.map?.[0] ?? 0) + this.base;
  }

  blocks(until?: string): Block[] {
    const out: Block[] = [];
    while (this.i < this.tokens.length) {
      const t = this.tokens[this.i]!;
      if (until && t.type === until) {
        this.i++;
        return out;
      }
      out.push(...this.block());
    }
    return out;
  }

  private block(): Block[] {
    const t = this.tokens[this.i++]!;
    const line = this.line(t);
    switch (t.type) {
      case 'heading_open': {
        const inline = this.inline(this.tokens[this.i++], line);
        this.i++; // heading_close
        return [{ type: 'heading', line, depth: Number(t.tag.slice(1)), inline }];
      }
      case 'paragraph_open': {
        const inline = this.inline(this.tokens[this.i++], line);
        this.i++;
        return [{ type: 'paragraph', line, inline }];
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
        return [this.list(t, line)];
      case 'table_open':
        return [this.table(line)];
      case 'fence':
      case 'code_block':
        return [{ type: 'code', line, lang: t.info.trim().split(/\s+/)[0] ?? '', text: t.content.replace(/\n$/, '') }];
      case 'blockquote_open': {
        const inner = this.blocks('blockquote_close');
        const first = inner[0];
        const alert = first?.type === 'paragraph' ? ALERT.exec(first.inline.text) : null;
        if (alert && first?.type === 'paragraph') {
          const rest = { ...first.inline, text: first.inline.text.slice(alert[0].length), md: first.inline.md.replace(ALERT, '') };
          inner[0] = { ...first, inline: rest };
          if (!rest.text.trim()) inner.shift();
          return [{ type: 'quote', line, alert: alert[1]!.toUpperCase(), blocks: inner }];
        }
        return [{ type: 'quote', line, blocks: inner }];
      }
      case 'hr':
        return [{ type: 'rule', line }];
      case 'html_block':
        return htmlBlocks(t.content, line);
      default:
        return [];
    }
  }

  private list(open: Token, line: number): Block {
    const close = open.type === 'bullet_list_open' ? 'bullet_list_close' : 'ordered_list_close';
    const items: ListItem[] = [];
    while (this.i < this.tokens.length && this.tokens[this.i]!.type !== close) {
      const t = this.tokens[this.i++]!;
      if (t.type !== 'list_item_open') continue;
      const itemLine = this.line(t);
      const inner = this.blocks('list_item_close');
      const first = inner[0]?.type === 'paragraph' ? (inner.shift() as Extract<Block, { type: 'paragraph' }>) : undefined;
      const item: ListItem = { line: itemLine, inline: first?.inline ?? emptyInline(), blocks: inner };
      const lead = leadingBox(item.inline.text);
      if (lead.box) {
        item.box = lead.box;
        item.inline = withoutLead(item.inline, lead.rest);
      } else if (lead.lookalike) item.lookalike = item.inline.text.split('\n')[0]!.trim();
      items.push(item);
    }
    this.i++;
    return { type: 'list', line, ordered: open.type === 'ordered_list_open', start: Number(open.attrGet('start') ?? 1), items };
  }

  private table(line: number): Block {
    const head: Cell[] = [];
    const rows: Row[] = [];
    let row: Row | undefined;
    let inHead = false;
    while (this.i < this.tokens.length) {
      const t = this.tokens[this.i++]!;
      if (t.type === 'table_close') break;
      if (t.type === 'thead_open') inHead = true;
      else if (t.type === 'thead_close') inHead = false;
      else if (t.type === 'tr_open') row = { line: this.line(t), cells: [] };
      else if (t.type === 'tr_close' && row && !inHead) rows.push(row);
      else if (t.type === 'inline') {
        const cell = { inline: this.inline(t, row?.line ?? line) };
        if (inHead) head.push(cell);
        else row?.cells.push(cell);
      }
    }
    return { type: 'table', line, head, rows };
  }

  private inline(token: Token | undefined, line: number): Inline {
    const b = new InlineBuilder(line);
    for (const c of token?.children ?? []) {
      switch (c.type) {
        case 'text':
        case 'text_special':
          b.add(c.content);
          break;
        case 'code_inline':
          b.code(c.content);
          break;
        case 'softbreak':
          b.softBreak();
          break;
        case 'hardbreak':
          b.lineBreak();
          break;
        case 'link_open':
          b.linkOpen(c.attrGet('href') ?? '');
          break;
        case 'link_close':
          b.linkClose();
          break;
        case 'strong_open':
        case 'strong_close':
        case 'em_open':
        case 'em_close':
        case 's_open':
        case 's_close':
          b.markup(c.markup);
          break;
        case 'html_inline': {
          const m = /^<(\/?)([A-Za-z][\w-]*)([^>]*)>$/s.exec(c.content);
          if (m) b.htmlTag(m[2]!.toLowerCase(), Boolean(m[1]), attributes(m[3] ?? ''));
          break;
        }
        default:
        // image: dropped (its alt text is not content)
      }
    }
    return b.done();
  }
}

function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of text.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) out[a[1]!.toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
  return out;
}

/** The inline without its leading mark ("[x] ", "☑ "). */
function withoutLead(inline: Inline, rest: string): Inline {
  const mdRest = inline.md.replace(/^\s*(\[[^\]]{0,4}\]|\S+)[ \t\u00a0]*/u, '');
  return { ...inline, text: rest, md: mdRest };
}
