/** Builds curriculum directories for tests from the minimal fixture. */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, tempDir } from './cli.js';

export function minimalCopy(): string {
  const dir = tempDir('curriculum-');
  cpSync(join(FIXTURES, 'curricula', 'minimal'), dir, { recursive: true });
  return dir;
}

/** The minimal course with `count` items in week 2 (ids item-1 … item-N). */
export function courseWithItems(count: number): { dir: string; ids: string[] } {
  const dir = minimalCopy();
  const ids = Array.from({ length: count }, (_, i) => `item-${i + 1}`);
  const items = ids.map((id, i) => `  - id: ${id}\n    text: { ko: 항목 ${i + 1}, en: Item ${i + 1} }\n`).join('');
  writeFileSync(
    join(dir, 'weeks', '02.yaml'),
    `week: 2\nid: week-two\ntitle: { ko: 둘째 주, en: Second week }\ntopics:\n  - id: advanced\n    title: { ko: 심화, en: Advanced }\n    summary: { ko: 요약, en: Summary }\n    notes: { ko: 노트, en: Notes }\nitems:\n${items}`,
  );
  return { dir, ids };
}
