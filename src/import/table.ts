/**
 * Tables in guides: a schedule (`| 주차 | 일자 | 주제 | 링크 |`, one row per
 * week) and checkboxes in cells (a chapter progress table, a week × task
 * matrix). Columns are recognised by their header words, in Korean and English.
 */
import { cellBox } from './checkbox.js';
import { clean, type Box, type Row, type TableBlock } from './ir.js';
import { namesAUnit, namesAWeek } from './labels.js';

export type ColumnRole = 'unit' | 'date' | 'topic' | 'presenter' | 'assignment' | 'link' | 'status' | 'other';

const ROLES: [ColumnRole, RegExp][] = [
  ['unit', /^(#|no\.?|번호|순서|주|주차|회|회차|차시|일차|단계|week|wk|weeks|session|세션|lesson|module|모듈|part|파트|day|stage|unit|sprint|round)$/i],
  ['date', /일자|날짜|일시|날|date|when|기간|period|일정|schedule|시간|time/i],
  ['status', /완료|진행|상태|status|done|check|체크|progress|✅|여부/i],
  ['presenter', /발표자|발제자|발표|발제|presenter|speaker|담당|host|leader|진행자|리더/i],
  ['assignment', /과제|숙제|assignment|homework|to-?do|할\s*일|task|미션|mission|실습|exercise|practice/i],
  ['link', /링크|link|자료|reading|resource|material|slide|영상|video|참고|note|비고|기록|회고|blog|정리|url|repo|code|코드/i],
  ['topic', /주제|내용|topic|content|title|제목|subject|강의|lecture|chapter|챕터|장|커리큘럼|curriculum|description|설명|범위|진도|keyword|키워드|학습|목표|goal|agenda|plan|계획|book|책|course/i],
];

export function columnRole(header: string): ColumnRole {
  const text = clean(header);
  return ROLES.find(([, re]) => re.test(text))?.[0] ?? 'other';
}

export interface TableShape {
  roles: ColumnRole[];
  headers: string[];
  /** The column whose cells name the units, when the table is a schedule. */
  unitColumn?: number;
  /** The column a unit's title comes from. */
  topicColumn?: number;
  dateColumn?: number;
  /** Columns whose cells are checkboxes (or empty, in a status column). */
  boxColumns: number[];
  /**
   * Rows that are a unit's heading inside the table: one filled cell naming a
   * unit ("<td colspan=4><b>Week 1</b> (Preliminaries)</td>"), the rows below
   * it being that unit's sessions. HTML course schedules are written so.
   */
  separators: number[];
}

const cellText = (row: Row, i: number) => clean(row.cells[i]?.inline.text ?? '');
const lines = (row: Row, i: number) => (row.cells[i]?.inline.text ?? '').split('\n').map((l) => l.replace(/^\s*[-*+]\s+/, '').trim()).filter(Boolean);

/** Boxes in a cell: "[x] 과제 A<br>[ ] 과제 B" is two, "✅" one (no text of its own). */
export function cellBoxes(row: Row, i: number): { box: Box; text: string }[] {
  const found: { box: Box; text: string }[] = [];
  for (const line of lines(row, i)) {
    const lead = cellBox(line);
    if (lead.box) found.push({ box: lead.box, text: clean(lead.rest) });
  }
  return found;
}

export function tableShape(table: TableBlock, topicOverride?: string): TableShape {
  const headers = table.head.map((c) => clean(c.inline.text));
  const roles = headers.map(columnRole);
  const columns = Math.max(headers.length, ...table.rows.map((r) => r.cells.length));
  const boxColumns: number[] = [];
  for (let i = 0; i < columns; i++) {
    const withBoxes = table.rows.filter((r) => cellBoxes(r, i).length).length;
    const empty = table.rows.filter((r) => !cellText(r, i)).length;
    // Most filled cells are boxes: the column is a checklist (its empty cells are open boxes when it is a status column).
    if (withBoxes && withBoxes * 2 >= table.rows.length - empty) boxColumns.push(i);
  }
  const named = (i: number) => table.rows.filter((r) => namesAUnit(cellText(r, i)) || (roles[i] === 'unit' && /^\d+$/.test(cellText(r, i)))).length;
  let unitColumn: number | undefined;
  for (let i = 0; i < columns; i++) {
    if (boxColumns.includes(i)) continue;
    if (named(i) >= Math.max(2, Math.ceil(table.rows.length / 2))) {
      unitColumn = i;
      break;
    }
  }
  if (unitColumn === undefined && roles[0] === 'unit' && table.rows.length >= 2 && !boxColumns.includes(0)) unitColumn = 0;
  const pick = (role: ColumnRole) => {
    const i = roles.findIndex((r, j) => r === role && j !== unitColumn && !boxColumns.includes(j));
    return i < 0 ? undefined : i;
  };
  let topicColumn = topicOverride ? overrideColumn(headers, topicOverride) : pick('topic');
  // No topic header: the first column of text that is not the unit, a date or boxes.
  topicColumn ??= roles.findIndex((r, j) => j !== unitColumn && !boxColumns.includes(j) && (r === 'other' || r === 'topic'));
  const separators = table.rows.flatMap((r, i) => {
    const filled = r.cells.filter((c) => clean(c.inline.text));
    return filled.length === 1 && namesAUnit(clean(filled[0]!.inline.text)) ? [i] : [];
  });
  return { separators: separators.length >= 2 ? separators : [], roles, headers, ...(unitColumn !== undefined ? { unitColumn } : {}), ...(topicColumn >= 0 ? { topicColumn } : {}), ...(pick('date') !== undefined ? { dateColumn: pick('date') } : {}), boxColumns };
}

/** --topic-column: a header (any case) or a column number from 1. */
function overrideColumn(headers: string[], value: string): number | undefined {
  if (/^\d+$/.test(value)) return Number(value) - 1 < headers.length ? Number(value) - 1 : undefined;
  const i = headers.findIndex((h) => h.toLowerCase() === value.trim().toLowerCase());
  return i < 0 ? undefined : i;
}

/**
 * A table whose rows are units: at least two rows name one (or a unit column
 * of numbers). A table of nothing but row names and boxes (a chapter progress
 * table, a week × task matrix) is a checklist, not a schedule.
 */
export function isSchedule(shape: TableShape, table: TableBlock): boolean {
  if (shape.separators.length) return true;
  const unit = shape.unitColumn;
  if (unit === undefined || table.rows.length < 2) return false;
  if (!shape.boxColumns.length) return true;
  // With boxes, only a table of weeks (or sessions, days) is a schedule; chapters with a "done" column are a checklist.
  const weekly = /주|회|week|wk|session|세션|day|일차|date|일자/i.test(shape.headers[unit] ?? '') || table.rows.filter((r) => namesAWeek(cellText(r, unit))).length * 2 >= table.rows.length;
  return weekly;
}

/** The text a row is known by: its unit and topic cells ("1주차 · SQL 기초"), else its first text cell. */
export function rowLabel(row: Row, shape: TableShape): string {
  const parts = [shape.unitColumn, shape.topicColumn].filter((i): i is number => i !== undefined && !shape.boxColumns.includes(i)).map((i) => cellText(row, i)).filter(Boolean);
  if (parts.length) return [...new Set(parts)].join(' · ');
  const first = row.cells.findIndex((_, i) => !shape.boxColumns.includes(i) && cellText(row, i));
  return first < 0 ? '' : cellText(row, first);
}
