/**
 * Finds the units (weeks, stages, modules, days) of a study guide: headings
 * that name one, else rows of a table, else items of a plan list, else the
 * top-level sections. Sections outside the units become their topics; a
 * section with tasks but no unit of its own becomes a unit, so no task is lost.
 */
import { toString } from 'mdast-util-to-string';
import type { List, Table } from 'mdast';
import { clean, type Block, type HeadingBlock, type Link, type Task } from './outline.js';

// "1주차", "Week 3", "3단계", "Module 2", "Day 1-7", "2일차", "Sprint 4", "Lesson 5", "Chapter 2", …
// A length ("총 3주", "3주간", "4주 과정") is not a unit: 주 alone names one only when nothing around it says duration.
const UNIT =
  /(?:^|[^\p{L}\p{N}])(?:(?:week|wk|module|unit|stage|phase|step|lesson|chapter|part|session|sprint|day)\s*#?\s*\d+(?:\s*[-–~]\s*\d+)?|\d+\s*(?:주차|주\s*차|단계|일차|차시|회차|강|장)(?![\p{L}\p{N}])|(?<!(?:총|전체|약|매|최소|최대|모두)\s*)\d+\s*주(?![\p{L}\p{N}])(?!\s*(?:간|동안|과정|짜리|코스)))/iu;

export function namesAUnit(text: string): boolean {
  return UNIT.test(text);
}

export interface Unit {
  title: string;
  line: number;
  /** Content blocks (no task lists) split into topics by their headings. */
  blocks: Block[];
  /** Whole sections attached as one topic each. */
  attached: { title: string; line: number; blocks: Block[] }[];
  tasks: Task[];
  links: Link[];
}

export type StructureKind = 'headings' | 'table' | 'list' | 'sections';

export interface Structure {
  kind: StructureKind;
  units: Unit[];
  /** Sections with tasks that became units of their own (by title). */
  extraUnits: string[];
}

const isHeading = (b: Block): b is HeadingBlock => b.node.type === 'heading';

/** The document title: a first-level heading that comes before every other heading. */
export function titleHeading(blocks: Block[]): HeadingBlock | undefined {
  const first = blocks.find(isHeading);
  return first && first.depth === 1 && !namesAUnit(first.text) ? first : undefined;
}

function newUnit(title: string, line: number): Unit {
  return { title, line, blocks: [], attached: [], tasks: [], links: [] };
}

function absorb(unit: Unit, block: Block): void {
  unit.tasks.push(...block.tasks);
  unit.links.push(...block.links);
  if (!block.tasks.some((t) => !t.inTable) || block.node.type !== 'list') {
    unit.blocks.push(block);
    return;
  }
  // The tasks become checklist items; the list's other entries (plain bullets,
  // "[✔️] …" look-alikes) stay in the notes rather than being dropped.
  const rest = nonTaskEntries(block);
  if (rest) unit.blocks.push({ ...block, source: rest, tasks: [], links: [], lookalikes: [] });
}

function nonTaskEntries(block: Block): string {
  const base = block.node.position?.start.offset ?? 0;
  return (block.node as List).children
    .filter((item) => typeof item.checked !== 'boolean')
    .map((item) => block.source.slice((item.position?.start.offset ?? base) - base, (item.position?.end.offset ?? base) - base))
    .join('\n');
}

/** Groups blocks by top-level section: [heading or undefined, blocks]. */
function sections(blocks: Block[], title?: HeadingBlock): { heading?: HeadingBlock; blocks: Block[] }[] {
  const headings = blocks.filter((b): b is HeadingBlock => isHeading(b) && b !== title);
  const top = Math.min(...headings.map((h) => h.depth));
  const groups: { heading?: HeadingBlock; blocks: Block[] }[] = [{ blocks: [] }];
  for (const b of blocks) {
    if (b === title) continue;
    if (isHeading(b) && b.depth === top) groups.push({ heading: b, blocks: [] });
    else groups.at(-1)!.blocks.push(b);
  }
  return groups.filter((g) => g.heading || g.blocks.length);
}

const hasContent = (blocks: Block[]) => blocks.some((b) => !isHeading(b) && b.node.type !== 'thematicBreak' && b.node.type !== 'html');

export function findStructure(blocks: Block[]): Structure {
  const title = titleHeading(blocks);
  const headings = blocks.filter((b): b is HeadingBlock => isHeading(b) && b !== title);
  const named = headings.filter((h) => namesAUnit(h.text));
  // "## Week 1" with "### Day 1" inside: the outer level is the unit.
  const unitHeadings = named.filter((h) => h.depth === Math.min(...named.map((n) => n.depth)));
  if (unitHeadings.length) return fromHeadings(blocks, unitHeadings, title);
  const table = blocks.find((b) => b.node.type === 'table' && unitRows(b.node as Table).length >= 2);
  if (table) return fromTable(blocks, table, title);
  const plan = blocks.find((b) => b.node.type === 'list' && (b.node as List).children.filter((i) => namesAUnit(toString(i.children[0] ?? i))).length >= 2);
  if (plan) return fromList(blocks, plan, title);
  return fromSections(blocks, title);
}

/** Content outside the units: sections with tasks become units, others topics of the unit before them. */
function placeOutside(outside: { heading?: HeadingBlock; blocks: Block[]; at: number }[], placed: { unit: Unit; at: number }[], extraUnits: string[]): Unit[] {
  const all = [...placed];
  for (const group of outside) {
    const tasks = group.blocks.flatMap((b) => b.tasks);
    if (tasks.length) {
      const unit = newUnit(group.heading?.text ?? 'Tasks', group.heading?.line ?? group.blocks[0]!.line);
      for (const b of group.blocks) absorb(unit, b);
      all.push({ unit, at: group.at });
      extraUnits.push(unit.title);
    }
  }
  all.sort((a, b) => a.at - b.at);
  const units = all.map((p) => p.unit);
  for (const group of outside) {
    if (group.blocks.some((b) => b.tasks.length) || !hasContent(group.blocks)) continue;
    const before = [...all].reverse().find((p) => p.at < group.at) ?? all[0];
    if (!before) continue;
    before.unit.attached.push({ title: group.heading?.text ?? '', line: group.heading?.line ?? group.blocks[0]!.line, blocks: group.blocks });
    before.unit.links.push(...group.blocks.flatMap((b) => b.links));
  }
  return units;
}

function fromHeadings(blocks: Block[], unitHeadings: HeadingBlock[], title?: HeadingBlock): Structure {
  const placed: { unit: Unit; at: number }[] = [];
  const owner = new Map<Block, Unit>();
  for (const h of unitHeadings) {
    const unit = newUnit(h.text, h.line);
    const start = blocks.indexOf(h);
    placed.push({ unit, at: start });
    for (let i = start + 1; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (isHeading(b) && b.depth <= h.depth) break;
      if (owner.has(b)) continue;
      owner.set(b, unit);
      absorb(unit, b);
    }
    owner.set(h, unit);
  }
  const rest = blocks.filter((b) => !owner.has(b));
  const outside = sections(rest, title).map((g) => ({ ...g, at: blocks.indexOf(g.heading ?? g.blocks[0]!) }));
  const extraUnits: string[] = [];
  return { kind: 'headings', units: placeOutside(outside, placed, extraUnits), extraUnits };
}

function unitRows(table: Table) {
  return table.children.slice(1).filter((row) => row.children[0] && namesAUnit(toString(row.children[0])));
}

function fromTable(blocks: Block[], tableBlock: Block, title?: HeadingBlock): Structure {
  const table = tableBlock.node as Table;
  const placed = unitRows(table).map((row) => {
    const cells = row.children.map((c) => clean(toString(c)));
    const text = cells.filter((c) => c && !/^\[[ xX]\]\s/.test(c) && !/\[[ xX]\]\s/.test(c));
    const unit = newUnit(text.slice(0, 2).join(': ') || cells[0]!, row.position?.start.line ?? tableBlock.line);
    unit.tasks.push(...tableBlock.tasks.filter((t) => t.line === unit.line));
    unit.links.push(...tableBlock.links.filter((l) => l.line === unit.line));
    return { unit, at: blocks.indexOf(tableBlock) };
  });
  const rest = blocks.filter((b) => b !== tableBlock);
  const outside = sections(rest, title).map((g) => ({ ...g, at: blocks.indexOf(g.heading ?? g.blocks[0]!) }));
  const extraUnits: string[] = [];
  return { kind: 'table', units: placeOutside(outside, placed, extraUnits), extraUnits };
}

function fromList(blocks: Block[], listBlock: Block, title?: HeadingBlock): Structure {
  const list = listBlock.node as List;
  const placed = list.children
    .filter((item) => namesAUnit(toString(item.children[0] ?? item)))
    .map((item) => {
      const first = item.children[0];
      const unit = newUnit(clean(first ? toString(first) : toString(item)), item.position?.start.line ?? listBlock.line);
      const end = item.position?.end.line ?? unit.line;
      unit.tasks.push(...listBlock.tasks.filter((t) => t.line > unit.line && t.line <= end));
      unit.links.push(...listBlock.links.filter((l) => l.line >= unit.line && l.line <= end));
      return { unit, at: blocks.indexOf(listBlock) };
    });
  const rest = blocks.filter((b) => b !== listBlock);
  const outside = sections(rest, title).map((g) => ({ ...g, at: blocks.indexOf(g.heading ?? g.blocks[0]!) }));
  const extraUnits: string[] = [];
  return { kind: 'list', units: placeOutside(outside, placed, extraUnits), extraUnits };
}

function fromSections(blocks: Block[], title?: HeadingBlock): Structure {
  const units = sections(blocks, title)
    .filter((g) => g.heading || hasContent(g.blocks) || g.blocks.some((b) => b.tasks.length))
    .map((g) => {
      const unit = newUnit(g.heading?.text ?? title?.text ?? 'Introduction', g.heading?.line ?? g.blocks[0]?.line ?? 1);
      for (const b of g.blocks) absorb(unit, b);
      return unit;
    });
  return { kind: 'sections', units, extraUnits: [] };
}
