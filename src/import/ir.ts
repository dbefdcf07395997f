/**
 * The guide as the importer sees it, whatever it was written in (markdown,
 * HTML inside markdown): headings, paragraphs, lists, tables, code, quotes,
 * each with its line number. Text comes twice: `text` (plain, for titles,
 * items and matching) and `md` (tidy markdown for topic notes, links inlined).
 */

export interface Link {
  /** The link text; empty when the link holds only an image (a badge). */
  title: string;
  url: string;
  line: number;
}

/** Something written like a checkbox: `[x]`, `[✔️]`, `☑`, `<input type=checkbox checked>`. */
export interface Box {
  checked: boolean;
  /** As written, for the report: "[✔️]", "☑", "[ ]". */
  mark: string;
}

export interface Inline {
  text: string;
  md: string;
  links: Link[];
}

export interface ListItem {
  line: number;
  /** The item's first paragraph (without a leading checkbox, when `box` is set). */
  inline: Inline;
  box?: Box;
  /** "[과제] …", "[WIP] …": bracketed words that are not checkboxes. */
  lookalike?: string;
  /** Everything under the first paragraph: more paragraphs, nested lists, code. */
  blocks: Block[];
}

export interface Cell {
  inline: Inline;
}

export interface Row {
  line: number;
  cells: Cell[];
}

export type Block =
  | { type: 'heading'; line: number; depth: number; inline: Inline }
  | { type: 'paragraph'; line: number; inline: Inline }
  | { type: 'list'; line: number; ordered: boolean; start: number; items: ListItem[] }
  | { type: 'table'; line: number; head: Cell[]; rows: Row[] }
  | { type: 'code'; line: number; lang: string; text: string }
  | { type: 'quote'; line: number; alert?: string; blocks: Block[] }
  | { type: 'rule'; line: number };

export type HeadingBlock = Extract<Block, { type: 'heading' }>;
export type ListBlock = Extract<Block, { type: 'list' }>;
export type TableBlock = Extract<Block, { type: 'table' }>;

export const emptyInline = (): Inline => ({ text: '', md: '', links: [] });

/** Whitespace collapsed, control characters gone: for titles and item texts. */
export const clean = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(/\s+/g, ' ').trim();

/** Every block inside `blocks`, depth first (list items' and quotes' blocks included). */
export function* walk(blocks: Block[]): Generator<Block> {
  for (const b of blocks) {
    yield b;
    if (b.type === 'list') for (const item of b.items) yield* walk(item.blocks);
    if (b.type === 'quote') yield* walk(b.blocks);
  }
}

/** Every link in `blocks`, list items and table cells included. */
export function linksOf(blocks: Block[]): Link[] {
  const out: Link[] = [];
  for (const b of walk(blocks)) {
    if (b.type === 'heading' || b.type === 'paragraph') out.push(...b.inline.links);
    if (b.type === 'list') for (const item of b.items) out.push(...item.inline.links);
    if (b.type === 'table') for (const cell of [...b.head, ...b.rows.flatMap((r) => r.cells)]) out.push(...cell.inline.links);
  }
  return out;
}
