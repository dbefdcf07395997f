/**
 * Where content outside the units goes. Never into week 1 or the last week:
 * the text before the first unit becomes the course description and an
 * introduction unit, appendix-like sections (FAQ, License, 부록…) and
 * whatever follows the last unit become appendix units, reading lists become
 * course resources, a table of contents is dropped. A section between two
 * units stays with the unit before it (or, when it is a parent heading such
 * as "PART 2", with the unit after it).
 */
import { clean, linksOf, walk, type Block, type HeadingBlock } from './ir.js';
import { isWebUrl } from './inline.js';
import { newUnit, type Unit } from './structure.js';

export interface Outside {
  heading?: HeadingBlock;
  blocks: Block[];
  /** Position in the guide's blocks, to order it against the units. */
  at: number;
}

export type PlacementTarget = 'intro' | 'appendix' | 'resources' | 'unit' | 'contents' | 'weeks';

/** Where a section outside the units went, for the report. */
export interface Placement {
  title: string;
  line: number;
  to: PlacementTarget;
  unit?: string;
}

const APPENDIX = /appendix|부록|extra|bonus|추가\s*자료|더\s*보기|faq|자주\s*(묻는|하는)|q\s*&\s*a|community|커뮤니티|license|licence|라이선스|라이센스|contribut|기여|acknowledg|감사|thanks|credits|references?|참고|resources?|자료|further|reading\s*list|links?\b|링크|about|author|저자|contact|연락|changelog|변경\s*이력|회고|retrospective|quiz|퀴즈|questions|질문|면접|interview|review|복습|glossary|용어|members?|멤버|참여\s*(인원|자)|스터디원|팀원|people|team\b|maintainers?/i;

export const isAppendixTitle = (title: string) => APPENDIX.test(title);

/** Nothing but links to the guide's own sections. */
export function isContents(blocks: Block[]): boolean {
  const links = linksOf(blocks);
  const content = blocks.filter((b) => b.type !== 'rule' && b.type !== 'heading');
  return content.length > 0 && links.length > 0 && links.every((l) => l.url.startsWith('#')) && content.every((b) => b.type === 'list');
}

/**
 * A reading list: every entry (list item or paragraph) is a web link and
 * little else, and there are no tasks. A list whose entries say more about
 * their links stays readable as an appendix unit.
 */
export function isReadingList(blocks: Block[]): boolean {
  const entries: { text: string; links: { url: string; title: string }[]; box?: unknown }[] = [];
  for (const b of walk(blocks)) {
    if (b.type === 'paragraph') entries.push({ text: b.inline.text, links: b.inline.links });
    else if (b.type === 'list') entries.push(...b.items.map((i) => ({ text: i.inline.text, links: i.inline.links, box: i.box })));
    else if (b.type === 'table' || b.type === 'code' || b.type === 'quote') return false;
  }
  const rest = (e: (typeof entries)[number]) => e.links.reduce((t, l) => t.replace(l.title, ''), e.text).replace(/[\s\-–—:|·,()]+/g, '');
  return entries.length > 0 && entries.every((e) => !e.box && e.links.some((l) => isWebUrl(l.url)) && rest(e).length <= 12);
}

const hasContent = (blocks: Block[]) => blocks.some((b) => b.type !== 'heading' && b.type !== 'rule');

export function placeOutside(outside: Outside[], placed: { unit: Unit; at: number }[], unitDepth: number, introTitle: string, sectionsMode = false) {
  const units = [...placed].sort((a, b) => a.at - b.at);
  const first = units[0]?.at ?? Infinity;
  const last = units.at(-1)?.at ?? -Infinity;
  const placements: Placement[] = [];
  const intro: Block[] = [];
  let introUnit: Unit | undefined;
  const appendix: { unit: Unit; at: number }[] = [];
  for (const g of outside) {
    const title = g.heading ? clean(g.heading.inline.text) : '';
    const line = g.heading?.line ?? g.blocks[0]?.line ?? 1;
    const note = (to: PlacementTarget, unit?: string) => placements.push({ title: title || introTitle, line, to, ...(unit ? { unit } : {}) });
    if (!hasContent(g.blocks)) continue;
    if (isContents(g.blocks)) {
      note('contents');
      continue;
    }
    if (isReadingList(g.blocks)) {
      note('resources');
      continue;
    }
    if (!g.heading && g.at < first) {
      // The text right under the title: the course description, and (whole) the introduction.
      intro.push(...g.blocks);
      introUnit ??= newUnit(introTitle, line, true);
      introUnit.attached.push({ title: introTitle, line, blocks: g.blocks });
      note('intro', introUnit.title);
      continue;
    }
    if (g.heading && (isAppendixTitle(title) || g.at > last || (sectionsMode && g.at > first))) {
      const unit = newUnit(title, line, true);
      unit.blocks.push(...g.blocks);
      appendix.push({ unit, at: g.at });
      note('appendix', unit.title);
      continue;
    }
    if (g.at < first) {
      introUnit ??= newUnit(introTitle, line, true);
      introUnit.attached.push({ title: title || introTitle, line, blocks: g.blocks });
      note('intro', introUnit.title);
      continue;
    }
    // Between two units: a parent heading ("PART 2") opens the next unit; any other section follows the one before.
    const before = [...units].reverse().find((p) => p.at < g.at);
    const after = units.find((p) => p.at > g.at);
    const owner = g.heading && g.heading.depth < unitDepth && after ? after : (before ?? after);
    if (!owner) continue;
    owner.unit.attached.push({ title: title || owner.unit.title, line, blocks: g.blocks });
    note('unit', owner.unit.label ?? owner.unit.title);
  }
  return {
    units: units.map((p) => p.unit),
    appendix: [...(introUnit ? [introUnit] : []), ...appendix.sort((a, b) => a.at - b.at).map((a) => a.unit)],
    intro,
    placements: placements.sort((a, b) => a.line - b.line),
  };
}
