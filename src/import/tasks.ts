/**
 * Pulls the checklist out of a run of blocks: task-list items, checkbox
 * bullets and lines (`☐ …`, `[✔️] …`), and boxes in table cells. What is left
 * (plain bullets, prose, a table that is more than boxes) stays as notes.
 */
import { leadingBox } from './checkbox.js';
import { clean, type Block, type ListItem, type TableBlock } from './ir.js';
import { cellBoxes, rowLabel, tableShape, type TableShape } from './table.js';

export interface Task {
  text: string;
  checked: boolean;
  line: number;
  /** The mark as written ("[ ]", "[✔️]", "☑", "✅"), for the report. */
  mark: string;
  origin: 'list' | 'line' | 'table';
}

export interface Lookalike {
  text: string;
  line: number;
}

export interface Extracted {
  tasks: Task[];
  rest: Block[];
  lookalikes: Lookalike[];
}

// A paragraph line that may start with a checkbox ("☐ …", "[x] …"): only such paragraphs are split into lines.
const BOX_LINE = /(?:^|\n)[\s\u00a0]*(?:\[|☐|☑|✅|✔|✓|⬜|🔲|□|☒|🗹|🗸)/u;

export function extractTasks(blocks: Block[], topicColumn?: string): Extracted {
  const out: Extracted = { tasks: [], rest: [], lookalikes: [] };
  for (const b of blocks) {
    if (b.type === 'list') {
      const items: ListItem[] = [];
      for (const item of b.items) {
        const inner = extractTasks(item.blocks, topicColumn);
        out.lookalikes.push(...inner.lookalikes);
        if (item.box) {
          const text = clean(item.inline.md) || clean(item.inline.text);
          if (text) out.tasks.push({ text, checked: item.box.checked, line: item.line, mark: item.box.mark, origin: 'list' });
          out.tasks.push(...inner.tasks);
          out.rest.push(...inner.rest);
          continue;
        }
        if (item.lookalike) out.lookalikes.push({ text: item.lookalike, line: item.line });
        out.tasks.push(...inner.tasks);
        items.push({ ...item, blocks: inner.rest });
      }
      if (items.length) out.rest.push({ ...b, items });
    } else if (b.type === 'paragraph' && !BOX_LINE.test(b.inline.text)) {
      out.rest.push(b);
    } else if (b.type === 'paragraph') {
      const text = b.inline.text.split('\n');
      const md = b.inline.md.split('\n');
      const aligned = text.length === md.length;
      const kept: string[] = [];
      text.forEach((line, i) => {
        const lead = leadingBox(line);
        // The task's words as written (markup kept, like a list item's), else as text.
        const words = aligned ? clean(leadingBox(md[i]!).rest) : '';
        if (lead.box && clean(lead.rest)) out.tasks.push({ text: words || clean(lead.rest), checked: lead.box.checked, line: b.line + i, mark: lead.box.mark, origin: 'line' });
        else kept.push(aligned ? md[i]! : line);
      });
      if (kept.length === text.length) out.rest.push(b);
      else if (kept.some((l) => l.trim())) out.rest.push({ ...b, inline: { ...b.inline, md: kept.join('\n'), text: kept.join('\n') } });
    } else if (b.type === 'table') {
      const shape = tableShape(b, topicColumn);
      const found = tableTasks(b, shape);
      out.tasks.push(...found.map((f) => f.task));
      // A table of nothing but its labels and boxes is the checklist itself; any other stays readable in the notes.
      const labels = [shape.unitColumn, shape.topicColumn, 0].filter((i) => i !== undefined);
      const onlyBoxes = found.length > 0 && b.head.every((_, i) => shape.boxColumns.includes(i) || labels.includes(i));
      if (!onlyBoxes) out.rest.push(b);
    } else if (b.type === 'quote') {
      const inner = extractTasks(b.blocks, topicColumn);
      out.tasks.push(...inner.tasks);
      out.lookalikes.push(...inner.lookalikes);
      if (inner.rest.length) out.rest.push({ ...b, blocks: inner.rest });
    } else out.rest.push(b);
  }
  return out;
}

/** The boxes of a table, one task each, with the row they are in. */
export function tableTasks(table: TableBlock, shape: TableShape): { task: Task; row: number }[] {
  const out: { task: Task; row: number }[] = [];
  // The column's header names the task unless it only says "done" ("완료", "Status"), or the row names nothing.
  const named = (col: number) => shape.boxColumns.length > 1 || shape.roles[col] !== 'status';
  table.rows.forEach((row, r) => {
    const label = rowLabel(row, shape);
    // A box with words of its own ("[x] read chapter 2") is a task in any column.
    for (let col = 0; col < row.cells.length; col++) {
      if (shape.boxColumns.includes(col)) continue;
      for (const { box, text } of cellBoxes(row, col)) if (text) out.push({ task: { text, checked: box.checked, line: row.line, mark: box.mark, origin: 'table' }, row: r });
    }
    for (const col of shape.boxColumns) {
      const header = shape.headers[col] ?? '';
      const name = (own: string) => own || [label, named(col) || !label ? header : ''].filter(Boolean).join(' · ');
      const boxes = cellBoxes(row, col);
      for (const { box, text } of boxes) {
        const text2 = name(text);
        if (text2) out.push({ task: { text: text2, checked: box.checked, line: row.line, mark: box.mark, origin: 'table' }, row: r });
      }
      // An empty cell in a status column is a box not yet ticked.
      const cell = clean(row.cells[col]?.inline.text ?? '');
      if (!boxes.length && !cell && shape.roles[col] === 'status' && name('')) out.push({ task: { text: name(''), checked: false, line: row.line, mark: '', origin: 'table' }, row: r });
    }
  });
  return out;
}
