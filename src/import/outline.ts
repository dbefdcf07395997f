/**
 * Reads a markdown study guide with a real CommonMark + GFM parser (micromark
 * and mdast) into a flat outline: headings, blocks with their source text,
 * task-list items, links, tables and lists, each with its line number.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import type { List, ListItem, Nodes, Root, RootContent, Table } from 'mdast';

export interface Task {
  text: string;
  checked: boolean;
  line: number;
  /** From a table cell ("[ ] …"), which GFM does not make a checkbox. */
  inTable: boolean;
}

export interface Link {
  title: string;
  url: string;
  line: number;
}

export interface Block {
  node: RootContent;
  line: number;
  /** The block's markdown as written (for topic notes). */
  source: string;
  tasks: Task[];
  links: Link[];
  /** List items that look like tasks but are not GFM task items ("[✔️] …", "[과제] …"). */
  lookalikes: { text: string; line: number }[];
}

export interface HeadingBlock extends Block {
  depth: number;
  text: string;
}

export const clean = (text: string) => text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '').replace(/\s+/g, ' ').trim();
const line = (node: Nodes) => node.position?.start.line ?? 1;

export function parseGuide(source: string): { root: Root; blocks: (Block | HeadingBlock)[] } {
  const root = fromMarkdown(source, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const slice = (node: Nodes) => source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  const blocks = root.children.map((node): Block | HeadingBlock => {
    const block: Block = { node, line: line(node), source: slice(node), tasks: [], links: [], lookalikes: [] };
    collect(node, block, slice);
    if (node.type === 'heading') return { ...block, depth: node.depth, text: clean(toString(node)) };
    return block;
  });
  return { root, blocks };
}

function collect(node: Nodes, block: Block, slice: (n: Nodes) => string): void {
  if (node.type === 'listItem') {
    const item = node as ListItem;
    const first = item.children[0];
    const text = first && first.type === 'paragraph' ? clean(slice(first)) : '';
    if (typeof item.checked === 'boolean') {
      // When the text starts with markup (**bold**, `code`, a link) the parser's
      // paragraph still begins at the checkbox: the item's text is what follows it.
      block.tasks.push({ text: text.replace(/^\[[ xX]\]\s+/, ''), checked: item.checked, line: line(item), inTable: false });
    } else if (/^\[[^\]\s]{1,12}\](?!\()/u.test(text) && !/^\[[ xX]\]\s/.test(text)) {
      block.lookalikes.push({ text, line: line(item) });
    }
  }
  if (node.type === 'tableCell') {
    // GFM has no checkboxes in tables; a cell written "[ ] task" is meant as one.
    for (const part of toString(node).split(/<br\s*\/?>|\n/i)) {
      const match = /^\s*\[([ xX])\]\s+(.+)$/.exec(part);
      if (match) block.tasks.push({ text: clean(match[2]!), checked: match[1] !== ' ', line: line(node), inTable: true });
    }
  }
  if (node.type === 'link' && /^https?:\/\//i.test(node.url)) {
    block.links.push({ title: clean(toString(node)) || node.url, url: node.url, line: line(node) });
  } else if (node.type === 'link') {
    block.links.push({ title: clean(toString(node)), url: node.url, line: line(node) });
  }
  if ('children' in node) for (const child of node.children as Nodes[]) collect(child, block, slice);
}

export type { List, Table };
