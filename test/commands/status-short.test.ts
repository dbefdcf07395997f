/**
 * `status --short`: the one line for prompts and status bars, in each state of
 * the course (pure), and through the built binary, where a damaged file or a
 * broken curriculum must never spew errors into a prompt.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shortStatus } from '../../src/commands/status/short.js';
import { loadCurriculum } from '../../src/curriculum/loader.js';
import { indexOf } from '../../src/curriculum/types.js';
import type { Lang } from '../../src/i18n/lang.js';
import { messages } from '../../src/i18n/messages.js';
import { emptyProgress, type Progress } from '../../src/progress/types.js';
import { ROOT, run, tempDir } from '../helpers/cli.js';

const full = loadCurriculum(join(ROOT, 'curriculum'));
const weekItems = (n: number) => full.weeks[n - 1]!.items;
const total = full.weeks.flatMap((w) => w.items).length;
const NOW = new Date('2026-12-08T09:00:00+09:00');

function learner(startDate: string | undefined, ticked: string[] = [], due: string[] = []): Progress {
  const progress = emptyProgress();
  if (startDate) progress.profile.startDate = startDate;
  const cards = Object.fromEntries(due.map((id) => [id, { due: '2026-12-07T00:00:00.000Z' }]));
  progress.courses[full.id] = { items: Object.fromEntries(ticked.map((id) => [id, { doneAt: '2026-12-02T00:00:00.000Z' }])), read: {}, activity: {}, cards, answers: {}, sessions: [] };
  return progress;
}

const line = (progress: Progress, lang: Lang = 'en') => shortStatus({ curriculum: indexOf(full, lang), progress, now: NOW, today: '2026-12-08', m: messages(lang) });

describe('status --short', () => {
  const [first, second] = weekItems(2);
  const weekOneQuestions = full.questions.filter((q) => q.week === 1).map((q) => q.id);
  const weekThreeQuestion = full.questions.find((q) => q.week === 3)!.id;

  it('says the week, its checklist and the reviews due', () => {
    const progress = learner('2026-12-01', [first!.id, second!.id, weekItems(1)[0]!.id], [...weekOneQuestions.slice(0, 4), weekThreeQuestion]);
    // The week-3 question is not due yet: nothing is reviewed before it is taught.
    expect(line(progress)).toBe(`W2 2/${weekItems(2).length} · 4 due`);
    expect(line(progress, 'ko')).toBe(`2주차 2/${weekItems(2).length} · 복습 4`);
  });

  it('leaves out the reviews when none is due', () => {
    expect(line(learner('2026-12-01', [first!.id]))).toBe(`W2 1/${weekItems(2).length}`);
  });

  it('starts the schedule today when no start date is saved, as status does', () => {
    expect(line(learner(undefined))).toBe(`W1 0/${weekItems(1).length}`);
  });

  it('counts the days before a start date in the future', () => {
    expect(line(learner('2026-12-11'))).toBe(`W1 0/${weekItems(1).length} · in 3d`);
    expect(line(learner('2026-12-11'), 'ko')).toBe(`1주차 0/${weekItems(1).length} · 3일 후 시작`);
  });

  it('gives the whole course after the last week', () => {
    const progress = learner('2026-09-01', [first!.id], weekOneQuestions.slice(0, 2));
    expect(line(progress)).toBe(`W${full.weeks.length}+ 1/${total} · 2 due`);
    expect(line(progress, 'ko')).toBe(`${full.weeks.length}주차+ 1/${total} · 복습 2`);
  });
});

describe('status --short through the binary', () => {
  const env = { MLOPS_STUDY_NOW: '2026-12-08T09:00:00+09:00' };

  it('prints one line and nothing else, and writes no progress', async () => {
    const home = tempDir();
    const fresh = await run(['status', '--short'], { home, env });
    expect(fresh).toEqual({ code: 0, stdout: `W1 0/${weekItems(1).length}\n`, stderr: '' });
    expect(readdirSync(home)).toEqual(['cache']);
    await run(['init', '--start', '2026-12-01', '--lang', 'ko', '--yes'], { home, env });
    await run(['check', weekItems(2)[0]!.id], { home, env });
    expect((await run(['status', '--short'], { home, env })).stdout).toBe(`2주차 1/${weekItems(2).length}\n`);
    expect((await run(['status', '--short', '--lang', 'en', '--no-color'], { home, env })).stdout).toBe(`W2 1/${weekItems(2).length}\n`);
  });

  it.each([
    ['a damaged progress file', (home: string) => writeFileSync(join(home, 'config.json'), '{"schemaVersion": 2, "courses": '), [] as string[]],
    ['a progress file of the wrong shape', (home: string) => writeFileSync(join(home, 'config.json'), '{"schemaVersion": 2, "profile": []}'), []],
    ['a curriculum that cannot be read', () => undefined, ['--curriculum', '/nonexistent']],
  ])('points to doctor on %s, with exit 1, nothing on stderr and no copy made', async (_name, damage, extra) => {
    const home = tempDir();
    damage(home);
    const before = readdirSync(home);
    const r = await run(['status', '--short', ...extra], { home, env });
    expect(r).toEqual({ code: 1, stdout: '⚠ mlops-study doctor\n', stderr: '' });
    expect(readdirSync(home).filter((f) => f !== 'cache')).toEqual(before);
    const plain = await run(['status', '--short', ...extra], { home, env: { ...env, TERM: 'dumb' } });
    expect(plain.stdout).toBe('! mlops-study doctor\n');
    if (before.length) expect(readFileSync(join(home, 'config.json'), 'utf8')).toMatch(/^\{"schemaVersion": 2/);
  });

  it('refuses --short with --json as a usage error', async () => {
    const r = await run(['status', '--short', '--json'], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--short and --json cannot be combined');
  });
});
