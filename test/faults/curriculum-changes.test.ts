/** Case 6: the curriculum changes under saved progress. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProgressFile, run, tempDir } from '../helpers/cli.js';
import { minimalCopy } from '../helpers/curricula.js';

const now = { MLOPS_STUDY_NOW: '2026-12-01T10:00:00+09:00' };
const edit = (dir: string, file: string, from: string, to: string) => {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
};

describe('curriculum changes', () => {
  it('keeps progress of a removed item and lists it as orphaned', async () => {
    const dir = minimalCopy();
    const home = tempDir();
    const env = { ...now, MLOPS_STUDY_CURRICULUM: dir };
    await run(['check', 'first-item', 'second-item'], { home, env });
    edit(dir, 'weeks/01.yaml', '  - id: second-item\n    text: { ko: 둘째 항목, en: Second item }\n', '');
    const json = JSON.parse((await run(['status', '--json'], { home, env })).stdout);
    expect(json.orphaned).toEqual([{ id: 'second-item', doneAt: '2026-12-01T01:00:00.000Z' }]);
    expect(json.overall).toEqual({ done: 1, total: 2, topicsRead: 0, topicsTotal: 2 });
    const text = await run(['status'], { home, env });
    expect(text.stdout).toContain('1 saved item is no longer in the curriculum (kept):');
    expect(text.stdout).toContain('second-item');
    // Another write leaves the orphan where it is.
    await run(['check', 'third-item'], { home, env });
    expect(readProgressFile(home).courses['tiny-course'].items['second-item']).toBeDefined();
  });

  it('carries progress and the quiz card of a renamed item or question over through aliases', async () => {
    const dir = minimalCopy();
    const home = tempDir();
    const env = { ...now, MLOPS_STUDY_CURRICULUM: dir };
    await run(['check', 'first-item'], { home, env });
    // A quiz card saved under the old question ID (as `quiz` would).
    const saved = readProgressFile(home);
    saved.courses['tiny-course'].cards['q-basics'] = { due: '2026-12-03T01:00:00.000Z', state: 2, stability: 3, difficulty: 5, elapsed_days: 0, scheduled_days: 2, learning_steps: 0, reps: 1, lapses: 0, last_review: '2026-12-01T01:00:00.000Z' };
    writeFileSync(join(home, 'config.json'), JSON.stringify(saved));
    edit(dir, 'weeks/01.yaml', '  - id: first-item\n', '  - id: first-task\n    aliases: [first-item]\n');
    edit(dir, 'questions/01.yaml', '  - id: q-basics\n', '  - id: q-basics-renamed\n    aliases: [q-basics]\n');
    const json = JSON.parse((await run(['status', '--json'], { home, env })).stdout);
    expect(json.weeks[0].items[0]).toMatchObject({ id: 'first-task', done: true, doneAt: '2026-12-01T01:00:00.000Z' });
    expect(json.orphaned).toEqual([]);
    expect(json.quiz.seen).toBe(1);
    // `check` accepts the old ID, and the next write stores progress under the new one.
    const r = await run(['check', 'first-item'], { home, env });
    expect(r.stdout).toContain('first-task');
    expect(r.stdout).toContain('already done');
    const items = readProgressFile(home).courses['tiny-course'].items;
    expect(Object.keys(items)).toEqual(['first-task']);
  });

  it('moves the week count and dates when a week is added', async () => {
    const dir = minimalCopy();
    const home = tempDir();
    const env = { MLOPS_STUDY_NOW: '2026-12-16T10:00:00+09:00', MLOPS_STUDY_CURRICULUM: dir };
    await run(['init', '--start', '2026-12-01', '--yes'], { home, env });
    const before = JSON.parse((await run(['next', '--json'], { home, env })).stdout);
    expect(before).toMatchObject({ week: 2, weekCount: 2, status: 'finished' });
    writeFileSync(join(dir, 'weeks/03.yaml'), 'week: 3\nid: week-three\ntitle: { ko: 셋째 주, en: Third week }\nitems:\n  - id: fourth-item\n    text: { ko: 넷째 항목, en: Fourth item }\n');
    const after = JSON.parse((await run(['next', '--json'], { home, env })).stdout);
    expect(after).toMatchObject({ week: 3, weekCount: 3, status: 'in-progress', title: 'Third week', startDate: '2026-12-15', endDate: '2026-12-21' });
    expect(after.carriedOver.map((i: { id: string }) => i.id)).toEqual(['first-item', 'second-item', 'third-item']);
  });
});
