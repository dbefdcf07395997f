/**
 * Finds the units (weeks, stages, modules, days) of a study guide: headings
 * that name one, else the rows of a schedule table, else the items of a plan
 * list, else the top-level sections; `--weeks-from` picks one. Content outside
 * the units goes where it belongs (see place.ts): the introduction and
 * appendix-like sections to appendix units, reading lists to the course.
 */
import { clean, type Block, type HeadingBlock, type Link, type ListBlock, type Row, type TableBlock } from './ir.js';
import { namesAUnit, namesAWeek, splitLabel } from './labels.js';
import { notesOf } from './notes.js';
import { isAppendixTitle, isContents, isReadingList, placeOutside, type Outside, type Placement } from './place.js';
import { isSchedule, tableShape, type TableShape } from './table.js';
import { tableTasks, type Task } from './tasks.js';

export type StructureKind = 'headings' | 'table' | 'list' | 'sections';
export type WeeksFrom = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'table' | 'list' | 'sections';

export interface Attached {
  title: string;
  line: number;
  blocks: Block[];
}

export interface Unit {
  title: string;
  label?: string;
  line: number;
  summary?: string;
  /** Content, split into topics at its headings. */
  blocks: Block[];
  /** Whole sections, one topic each. */
  attached: Attached[];
  /** Tasks found outside `blocks` (a schedule table's row). */
  tasks: Task[];
  /** A schedule row's other columns, as notes. */
  details?: { title: string; summary: string; notes: string };
  appendix: boolean;
}

export interface Structure {
  kind: StructureKind;
  units: Unit[];
  appendix: Unit[];
  /** Text between the title and the first section: the course description. */
  intro: Block[];
  placements: Placement[];
}

export interface StructureOptions {
  weeksFrom?: WeeksFrom;
  topicColumn?: string;
  introTitle: string;
  /** The guide's title, for a guide that is one list with no sections. */
  title?: string;
}

const isHeading = (b: Block): b is HeadingBlock => b.type === 'heading';
export const headingText = (h: HeadingBlock) => clean(h.inline.text);

/** The document title: a first-level heading before every other heading (HTML <h1> included). */
export function titleHeading(blocks: Block[]): HeadingBlock | undefined {
  const first = blocks.find(isHeading);
  return first && first.depth === 1 && !namesAUnit(headingText(first)) && blocks.filter((b) => isHeading(b) && b.depth === 1).length === 1 ? first : undefined;
}

export function newUnit(text: string, line: number, appendix = false): Unit {
  const { label, title, date } = splitLabel(text);
  return { title, ...(label ? { label } : {}), ...(date ? { summary: date } : {}), line, blocks: [], attached: [], tasks: [], appendix };
}

export function findStructure(blocks: Block[], options: StructureOptions): Structure {
  const title = titleHeading(blocks);
  const body = blocks.filter((b) => b !== title);
  const from = options.weeksFrom;
  if (from?.startsWith('h')) return fromHeadings(body, body.filter((b): b is HeadingBlock => isHeading(b) && b.depth === Number(from[1])), options);
  if (from === 'table') return fromTable(body, body.find((b): b is TableBlock => b.type === 'table' && b.rows.length > 0), options);
  if (from === 'list') return fromList(body, body.find((b): b is ListBlock => b.type === 'list' && b.items.length > 1), options);
  if (from === 'sections') return fromSections(body, options);
  const named = body.filter((b): b is HeadingBlock => isHeading(b) && namesAUnit(headingText(b)));
  if (named.length) {
    // Units nest ("PART 1" › "Week 1", "Week 1" › "Day 1"): weeks are what a learner counts, else the outer level.
    const depths = [...new Set(named.map((h) => h.depth))].sort((a, b) => a - b);
    const weekly = depths.find((d) => named.filter((h) => h.depth === d && namesAWeek(headingText(h))).length >= 2);
    const depth = weekly ?? depths[0]!;
    return fromHeadings(body, named.filter((h) => h.depth === depth), options);
  }
  const table = body.find((b): b is TableBlock => b.type === 'table' && isSchedule(tableShape(b, options.topicColumn), b));
  if (table) return fromTable(body, table, options);
  const plan = body.find((b): b is ListBlock => b.type === 'list' && b.items.filter((i) => !i.box && namesAUnit(clean(i.inline.text))).length >= 2);
  if (plan) return fromList(body, plan, options);
  return fromSections(body, options);
}

/** Top-level sections of what is left: [heading or none, blocks]. */
function sections(blocks: Block[], all: Block[]): Outside[] {
  const headings = blocks.filter(isHeading);
  const top = Math.min(...headings.map((h) => h.depth));
  const groups: Outside[] = [];
  for (const b of blocks) {
    if (isHeading(b) && b.depth === top) groups.push({ heading: b, blocks: [], at: all.indexOf(b) });
    else if (groups.length) groups.at(-1)!.blocks.push(b);
    else groups.push({ blocks: [b], at: all.indexOf(b) });
  }
  return groups;
}

function fromHeadings(body: Block[], unitHeadings: HeadingBlock[], options: StructureOptions): Structure {
  const placed: { unit: Unit; at: number }[] = [];
  const owned = new Set<Block>();
  const index = new Map(body.map((b, i) => [b, i]));
  const isUnitHeading = new Set<Block>(unitHeadings);
  for (const h of unitHeadings) {
    const unit = newUnit(headingText(h), h.line);
    const start = index.get(h)!;
    placed.push({ unit, at: start });
    owned.add(h);
    for (let i = start + 1; i < body.length; i++) {
      const b = body[i]!;
      if (isHeading(b) && (b.depth <= h.depth || isUnitHeading.has(b))) break;
      owned.add(b);
      unit.blocks.push(b);
    }
  }
  const { rest, merged } = mergeSchedules(body.filter((b) => !owned.has(b)), placed.map((p) => p.unit), options.topicColumn);
  const result = placeOutside(sections(rest, body), placed, unitHeadings[0]?.depth ?? 2, options.introTitle);
  result.placements.push(...merged.map((m) => ({ title: m.title, line: m.line, to: 'weeks' as const })));
  result.placements.sort((a, b) => a.line - b.line);
  return { kind: 'headings', ...result };
}

function fromTable(body: Block[], table: TableBlock | undefined, options: StructureOptions): Structure {
  if (!table) return fromSections(body, options);
  const shape = tableShape(table, options.topicColumn);
  const tasks = tableTasks(table, shape);
  const at = body.indexOf(table);
  if (shape.separators.length) return fromSeparatedTable(body, table, shape, tasks, options);
  const placed = table.rows.map((row, r) => {
    const info = scheduleRow(row, r, shape, tasks);
    const unit = newUnit(info.topic && info.label ? `${info.label}: ${info.topic}` : info.topic || info.label || `${r + 1}`, row.line);
    if (!info.topic && info.label) unit.title = info.label;
    addRow(unit, info, row.line);
    return { unit, at };
  });
  const rest = body.filter((b) => b !== table);
  return { kind: 'table', ...placeOutside(sections(rest, body), placed, 99, options.introTitle) };
}

interface RowInfo {
  label: string;
  topic: string;
  date: string;
  details?: { summary: string; notes: string };
  tasks: Task[];
  links: Link[];
}

/** One row of a schedule table: its unit's label (a bare number under "주차" written out: "1주차", "Week 1"), topic, date, the other columns. */
function scheduleRow(row: Row, r: number, shape: TableShape, tasks: { task: Task; row: number }[]): RowInfo {
  const cell = (i: number | undefined) => (i === undefined ? '' : clean(row.cells[i]?.inline.text ?? ''));
  const unitCell = cell(shape.unitColumn);
  const header = shape.unitColumn === undefined ? '' : (shape.headers[shape.unitColumn] ?? '');
  const label = /^\d+$/.test(unitCell) && header && !/^(#|no\.?|번호|순서)$/i.test(header) ? (/[\uac00-\ud7a3]$/.test(header) ? `${unitCell}${header}` : `${header} ${unitCell}`) : unitCell;
  const others = row.cells
    .map((c, i) => ({ header: shape.headers[i] || `${i + 1}`, md: c.inline.md.replace(/\s*\n\s*/g, ' ').trim(), i }))
    .filter((c) => c.md && c.i !== shape.unitColumn && c.i !== shape.topicColumn && !shape.boxColumns.includes(c.i));
  const links = row.cells.flatMap((c) => c.inline.links);
  // Its one line: the other columns' text ("2022.04.13 · 김하늘 · 발표 자료").
  const line = others.map((c) => clean(row.cells[c.i]!.inline.text)).filter(Boolean).join(' · ');
  return {
    label,
    topic: cell(shape.topicColumn),
    date: cell(shape.dateColumn),
    ...(others.length || links.length ? { details: { summary: line.length > 100 ? `${line.slice(0, 97)}…` : line, notes: others.map((c) => `- **${c.header}**: ${c.md}`).join('\n') } } : {}),
    tasks: tasks.filter((t) => t.row === r).map((t) => t.task),
    links,
  };
}

/** A schedule row into its unit; `title` names the row's topic (else the unit's title). */
function addRow(unit: Unit, info: RowInfo, line: number, title = unit.title): void {
  if (info.date) unit.summary ??= info.date;
  unit.tasks.push(...info.tasks);
  if (info.details) unit.details ??= { title, summary: info.details.summary || unit.title, notes: info.details.notes };
  unit.blocks.unshift({ type: 'paragraph', line, inline: { text: '', md: '', links: info.links } });
}

const labelKey = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/**
 * A schedule table beside week headings ("| 0주차 | 01/04 | … |" above "### 0주차 …"):
 * each row joins the unit it names (its date, columns, links and boxes), and the
 * table leaves the introduction. Only when most rows name a unit.
 */
function mergeSchedules(rest: Block[], units: Unit[], topicColumn?: string): { rest: Block[]; merged: { line: number; title: string }[] } {
  const byLabel = new Map(units.map((u) => [labelKey(u.label ?? u.title), u]));
  const merged: { line: number; title: string }[] = [];
  let section = '';
  const kept = rest.filter((b) => {
    if (b.type === 'heading') section = headingText(b);
    if (b.type !== 'table') return true;
    const shape = tableShape(b, topicColumn);
    if (!isSchedule(shape, b) || shape.separators.length) return true;
    const tasks = tableTasks(b, shape);
    const rows = b.rows.map((row, r) => ({ row, info: scheduleRow(row, r, shape, tasks) }));
    const matched = rows.filter((x) => byLabel.has(labelKey(x.info.label)));
    if (matched.length * 2 < rows.length) return true;
    // The row's topic is named after the table's section ("일정", "Schedule"), beside the week's own topics.
    for (const { row, info } of matched) addRow(byLabel.get(labelKey(info.label))!, info, row.line, section || undefined);
    merged.push({ line: b.line, title: section });
    return matched.length < rows.length; // rows that name no unit keep the table in the notes
  });
  return { rest: kept, merged };
}

/** A table whose units are heading rows, each followed by its sessions: one unit per heading row, its sessions as notes. */
function fromSeparatedTable(body: Block[], table: TableBlock, shape: TableShape, tasks: { task: Task; row: number }[], options: StructureOptions): Structure {
  const at = body.indexOf(table);
  const placed = shape.separators.map((start, k) => {
    const head = table.rows[start]!;
    const unit = newUnit(clean(head.cells.find((c) => clean(c.inline.text))!.inline.text), head.line);
    const end = shape.separators[k + 1] ?? table.rows.length;
    const sessions = table.rows.slice(start + 1, end);
    unit.tasks.push(...tasks.filter((t) => t.row > start && t.row < end).map((t) => t.task));
    const lines = sessions.map((row) => `- ${row.cells.map((c) => c.inline.md.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean).join(' · ')}`).filter((l) => l !== '- ');
    const first = sessions.map((row) => clean(row.cells[0]?.inline.text ?? '')).find(Boolean) ?? '';
    if (lines.length) unit.details = { title: unit.title, summary: first || unit.title, notes: lines.join('\n') };
    unit.blocks.push({ type: 'paragraph', line: head.line, inline: { text: '', md: '', links: sessions.flatMap((r) => r.cells.flatMap((c) => c.inline.links)) } });
    return { unit, at };
  });
  const rest = body.filter((b) => b !== table);
  return { kind: 'table', ...placeOutside(sections(rest, body), placed, 99, options.introTitle) };
}

function fromList(body: Block[], list: ListBlock | undefined, options: StructureOptions): Structure {
  if (!list) return fromSections(body, options);
  const at = body.indexOf(list);
  const placed = list.items
    .filter((item) => options.weeksFrom === 'list' || (!item.box && namesAUnit(clean(item.inline.text))))
    .map((item) => {
      const unit = newUnit(clean(item.inline.text.split('\n')[0]!), item.line);
      const more = item.inline.text.split('\n').slice(1).join(' ').trim();
      unit.blocks.push(...(more ? [{ type: 'paragraph' as const, line: item.line, inline: { ...item.inline, md: item.inline.md.split('\n').slice(1).join('\n') } }] : []), ...item.blocks);
      if (item.box) unit.tasks.push({ text: unit.title, checked: item.box.checked, line: item.line, mark: item.box.mark, origin: 'list' });
      return { unit, at };
    });
  const rest = body.filter((b) => b !== list);
  return { kind: 'list', ...placeOutside(sections(rest, body), placed, 99, options.introTitle) };
}

function fromSections(body: Block[], options: StructureOptions): Structure {
  const groups = sections(body, body);
  const headed = groups.filter((g) => g.heading);
  // No sections at all: the whole guide is one unit (a plain checklist stays a checklist).
  if (!headed.length) {
    const unit = newUnit(options.title ?? options.introTitle, body[0]?.line ?? 1);
    unit.blocks.push(...body);
    return { kind: 'sections', units: body.length ? [unit] : [], appendix: [], intro: [], placements: [] };
  }
  // Appendix-like sections, reading lists and contents are placed like any content outside the units.
  const isUnit = (g: Outside) => g.heading && !isAppendixTitle(headingText(g.heading)) && !isReadingList(g.blocks) && !isContents(g.blocks);
  const asUnits = headed.some(isUnit) ? groups.filter(isUnit) : headed;
  const placed = asUnits.map((g) => {
    const unit = newUnit(headingText(g.heading!), g.heading!.line);
    unit.blocks.push(...g.blocks);
    return { unit, at: g.at };
  });
  return { kind: 'sections', ...placeOutside(groups.filter((g) => !asUnits.includes(g)), placed, 99, options.introTitle, true) };
}

export { notesOf };
