/**
 * Blocks back to tidy markdown for topic notes, in the subset the terminal
 * renderer reads (src/ui/markdown.ts): links inlined (reference-style ones
 * resolved), HTML gone, GitHub alerts as a labelled quote, tables as pipes.
 */
import { clean, type Block, type Cell } from './ir.js';

const ALERTS: Record<string, string> = { NOTE: 'Note', TIP: 'Tip', IMPORTANT: 'Important', WARNING: 'Warning', CAUTION: 'Caution' };
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function notesOf(blocks: Block[]): string {
  return blocks
    .map((b) => blockMd(b, ''))
    .filter(Boolean)
    .join('\n\n')
    .replace(CONTROL, '')
    .trim();
}

function blockMd(b: Block, indent: string): string {
  switch (b.type) {
    case 'heading':
      // Depth 7 is an HTML <summary>: bold, not a heading.
      if (!b.inline.md) return '';
      return b.depth > 6 ? `${indent}**${oneLine(b.inline.md).replace(/\*\*/g, '')}**` : `${'#'.repeat(b.depth)} ${oneLine(b.inline.md)}`;
    case 'paragraph':
      return b.inline.md.split('\n').map((l) => indent + l.trim()).join('\n');
    case 'list':
      return b.items
        .map((item, i) => {
          const marker = b.ordered ? `${b.start + i}.` : '-';
          const head = `${indent}${marker} ${oneLine(item.inline.md)}`;
          const inner = item.blocks.map((x) => blockMd(x, `${indent}  `)).filter(Boolean);
          return [head, ...inner].join('\n');
        })
        .join('\n');
    case 'table': {
      const cells = (row: Cell[]) => `${indent}| ${row.map((c) => oneLine(c.inline.md).replace(/\|/g, '\\|') || ' ').join(' | ')} |`;
      const width = Math.max(b.head.length, ...b.rows.map((r) => r.cells.length));
      const head = b.head.length ? b.head : Array.from({ length: width }, () => ({ inline: { text: '', md: '', links: [] } }));
      return [cells(head), `${indent}|${' --- |'.repeat(Math.max(1, head.length))}`, ...b.rows.map((r) => cells(r.cells))].join('\n');
    }
    case 'code': {
      const fence = b.text.includes('```') ? '~~~' : '```';
      return [`${indent}${fence}${b.lang}`, ...b.text.split('\n').map((l) => indent + l), `${indent}${fence}`].join('\n');
    }
    case 'quote': {
      const inner = notesOf(b.blocks);
      const label = b.alert ? `**${ALERTS[b.alert] ?? b.alert}:** ` : '';
      const lines = `${label}${inner}`.split('\n');
      return lines.map((l) => `${indent}> ${l}`.trimEnd()).join('\n');
    }
    case 'rule':
      return '';
  }
}

const oneLine = (md: string) => md.replace(/\s*\n\s*/g, ' ').trim();

/** A topic's one-line summary: its first sentence, or the titles of its sub-sections. */
export function firstSentence(blocks: Block[], fallback: string): string {
  const firstHeading = blocks.findIndex((b) => b.type === 'heading');
  // Not a line of links ("English | 한국어", a row of badges): that is navigation, not what the text is about.
  const prose = (b: Block) => b.type === 'paragraph' && clean(b.inline.links.reduce((t, l) => t.replace(l.title, ''), b.inline.text)).replace(/[\s|·•/,()\-–—*]+/g, '').length > 3;
  const paragraph = blocks.findIndex(prose);
  let text = '';
  if (paragraph >= 0 && (firstHeading < 0 || paragraph < firstHeading)) text = clean((blocks[paragraph] as Extract<Block, { type: 'paragraph' }>).inline.text);
  else text = blocks.flatMap((b) => (b.type === 'heading' ? [clean(b.inline.text)] : [])).filter(Boolean).join(' · ');
  if (!text) return fallback;
  const sentence = /^(.{12,}?[.!?。])(\s|$)/u.exec(text)?.[1] ?? text;
  return sentence.length > 100 ? `${sentence.slice(0, 97).trimEnd()}…` : sentence;
}

/**
 * Korean when at least a third of the prose is Korean (a syllable counts as 2.5
 * Latin letters): an English guide with a "한국어" link is English, a Korean one
 * full of English tool names is Korean. Code and web addresses do not count.
 */
export function proseLanguage(blocks: Block[]): 'ko' | 'en' {
  let hangul = 0;
  let latin = 0;
  let seen = 0;
  const count = (text: string) => {
    // 200,000 characters of prose decide it; a 5 MB guide need not be read twice over.
    if (seen > 200_000) return;
    seen += text.length;
    const prose = text.includes('://') ? text.replace(/https?:\/\/\S+/g, '') : text;
    for (let i = 0; i < prose.length; i++) {
      const c = prose.charCodeAt(i);
      if (c >= 0xac00 && c <= 0xd7a3) hangul++;
      else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    }
  };
  const visit = (list: Block[]) => {
    for (const b of list) {
      if (b.type === 'heading' || b.type === 'paragraph') count(b.inline.text);
      else if (b.type === 'list') for (const item of b.items) count(item.inline.text), visit(item.blocks);
      else if (b.type === 'table') for (const c of [...b.head, ...b.rows.flatMap((r) => r.cells)]) count(c.inline.text);
      else if (b.type === 'quote') visit(b.blocks);
    }
  };
  visit(blocks);
  return hangul > 0 && hangul * 2.5 >= latin * 0.5 ? 'ko' : 'en';
}
