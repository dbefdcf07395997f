/**
 * The daily loop read → tick → review through the built binary (issue 17):
 * the start date sticks from the first command that needs it, `show` marks
 * topics read without a lock (and loses no mark to a concurrent write),
 * `next` suggests the most useful step, status counts topics read, and
 * ticking ahead of schedule or with the wrong --week is flagged.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { width } from '../../src/ui/text.js';
import { AS_RUN, readProgressFile, run, tempDir } from '../helpers/cli.js';

const at = (date: string) => ({ MLOPS_STUDY_NOW: `${date}T10:00:00+09:00` });
const json = (r: { stdout: string }) => JSON.parse(r.stdout);
/** A learner with a name (export and group sync need one) and no start date yet. */
const named = (home: string) => writeFileSync(join(home, 'config.json'), JSON.stringify({ schemaVersion: 2, profile: { name: 'Tester' }, courses: {} }));

describe('the start date sticks from the first command that needs it', () => {
  it.each([
    ['status', ['status']],
    ['status --json', ['status', '--json']],
    ['next --json', ['next', '--json']],
    ['check', ['check', 'git-mastery']],
    ['export', ['export']],
  ])('%s saves it, says so once on stderr, and keeps stdout clean', async (_name, args) => {
    const home = tempDir();
    if (args[0] === 'export') named(home);
    const first = await run(args, { home, env: at('2026-12-01') });
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('Your study starts today (2026-12-01). Change it with:');
    expect(first.stderr).toContain(`${AS_RUN} init --start YYYY-MM-DD`);
    expect(first.stdout).not.toContain('starts today');
    if (args.includes('--json') || args[0] === 'export') expect(() => JSON.parse(first.stdout)).not.toThrow();
    expect(readProgressFile(home).profile.startDate).toBe('2026-12-01');
    // Two weeks later: week 3, and no notice again.
    const later = await run(['status', '--json'], { home, env: at('2026-12-15') });
    expect(later.stderr).toBe('');
    expect(json(later).currentWeek).toBe(3);
  });

  it('group sync saves it too (so the board does not show week 1 forever)', async () => {
    const home = tempDir();
    named(home);
    const repo = tempDir('group-');
    execFileSync('git', ['init', '-q', '-b', 'main', repo]);
    const r = await run(['group', 'sync', repo, '--no-push'], { home, env: { ...at('2026-12-01'), GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Your study starts today (2026-12-01)');
    expect(readProgressFile(home).profile.startDate).toBe('2026-12-01');
  });

  it('in Korean too', async () => {
    const home = tempDir();
    const r = await run(['status', '--lang', 'ko'], { home, env: at('2026-12-01') });
    expect(r.stderr).toContain('오늘(2026-12-01)부터 스터디를 시작합니다');
  });
});

describe('reading progress', () => {
  it('show <topic> marks it read with its date, --no-mark only looks, show N marks nothing', async () => {
    const home = tempDir();
    const env = { ...at('2026-12-01'), COLUMNS: '100' };
    await run(['init', '--start', '2026-12-01', '--yes'], { home, env });
    const shown = await run(['show', 'mlops-what-why'], { home, env });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(`Marked as read. To undo: ${AS_RUN} read mlops-what-why --undo`);
    expect(shown.stdout.trimEnd().endsWith(`Next: The five stages of the ML lifecycle — ${AS_RUN} show mlops-lifecycle-stages`)).toBe(true);
    await run(['show', 'mlops-lifecycle-stages', '--no-mark'], { home, env });
    await run(['show', '1'], { home, env });
    await run(['show', 'dvc'], { home, env });
    const next = json(await run(['next', '--json'], { home, env }));
    const topics = next.topics as { id: string; read: boolean }[];
    expect(topics.length).toBeGreaterThan(2);
    expect(topics.map((t) => [t.id, t.read])).toEqual(topics.map((t) => [t.id, t.id === 'mlops-what-why']));
    expect(next.topics[0].readAt).toBe('2026-12-01T01:00:00.000Z');
    const again = await run(['show', 'mlops-what-why'], { home, env: at('2026-12-03') });
    expect(again.stdout).toContain('You read this on 2026-12-01.');
    // At 40 columns the command stays whole, on its own line.
    const narrow = await run(['show', 'mlops-what-why'], { home, env: { ...env, COLUMNS: '40' } });
    // (The command as the tests run it is wider than 40 columns: it keeps its indent, as wrap() does.)
    expect(narrow.stdout.trimEnd().endsWith(`Next: The five stages of the ML\n  lifecycle\n  ${AS_RUN} show mlops-lifecycle-stages`)).toBe(true);
  });

  it('next marks read topics, and its suggestion moves on: topic → item → reviews → assignment', async () => {
    const home = tempDir();
    const env = at('2026-12-01');
    await run(['init', '--start', '2026-12-01', '--yes'], { home, env });
    const suggestion = async () => json(await run(['next', '--json'], { home, env })).suggestion as { text: string; command: string[] };
    expect(await suggestion()).toEqual({ text: 'Start with the first topic', command: ['show', 'mlops-what-why'] });
    await run(['show', 'mlops-what-why'], { home, env });
    expect(await suggestion()).toEqual({ text: 'Read the next topic, "The five stages of the ML lifecycle"', command: ['show', 'mlops-lifecycle-stages'] });
    const text = await run(['next'], { home, env });
    expect(text.stdout).toMatch(/Topics 1\/\d read\n  ✔ What MLOps is and why it is needed/);
    const rest = (json(await run(['next', '--json'], { home, env })).topics as { id: string; read: boolean }[]).filter((t) => !t.read).map((t) => t.id);
    await run(['read', ...rest], { home, env });
    expect(await suggestion()).toEqual({ text: 'Work on "mlops-concepts-need", then tick it off', command: ['check', 'mlops-concepts-need'] });
    const items = json(await run(['next', '--json'], { home, env })).items.map((i: { id: string }) => i.id) as string[];
    const work = items.filter((id) => !/^week-1-/.test(id));
    await run(['check', ...work], { home, env });
    expect(await suggestion()).toEqual({ text: 'Finish the week: Hand in the week 1 assignment. Then tick it off', command: ['check', 'week-1-assignment'] });
    await run(['check', ...items.filter((id) => /^week-1-/.test(id))], { home, env });
    expect(await suggestion()).toEqual({ text: 'This week is complete. Look ahead', command: ['next', '--week', '2'] });
  });

  it('due reviews come after this week\'s items and before the assignment', async () => {
    const home = tempDir();
    const env = at('2026-12-01');
    await run(['init', '--start', '2026-12-01', '--yes'], { home, env });
    const file = join(home, 'config.json');
    const progress = readProgressFile(home);
    const week1 = json(await run(['next', '--json'], { home, env }));
    const course = (progress.courses['mlops-study'] ??= { items: {}, read: {}, activity: {}, cards: {}, answers: {}, sessions: [] });
    for (const t of week1.topics) course.read[t.id] = '2026-12-01T00:00:00.000Z';
    for (const i of week1.items) if (!/^week-1-/.test(i.id)) course.items[i.id] = { doneAt: '2026-12-01T00:00:00.000Z' };
    course.cards['q1-mlops-reason-reproducibility'] = { due: '2026-12-01T00:00:00.000Z', stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 0, reps: 1, lapses: 0, state: 2, last_review: '2026-11-30T00:00:00.000Z' };
    (await import('node:fs')).writeFileSync(file, JSON.stringify(progress));
    const next = json(await run(['next', '--json'], { home, env }));
    expect(next.reviewsDue).toBe(1);
    expect(next.suggestion).toEqual({ text: 'Review what is due', command: ['quiz'] });
  });

  it('status counts topics read per week, in text and JSON', async () => {
    const home = tempDir();
    const env = { ...at('2026-12-08'), COLUMNS: '100' };
    await run(['init', '--start', '2026-12-01', '--yes'], { home, env });
    await run(['show', 'dvc-basics'], { home, env });
    await run(['show', 'dvc-remotes'], { home, env });
    await run(['show', 'mlops-what-why'], { home, env });
    const status = json(await run(['status', '--json'], { home, env }));
    const index = JSON.parse((await run(['validate', '--json'], { home, env })).stdout).counts;
    const perWeek = status.weeks.map((w: { topicsTotal: number }) => w.topicsTotal) as number[];
    expect(status.weeks.slice(0, 3).map((w: { topicsRead: number }) => w.topicsRead)).toEqual([1, 2, 0]);
    expect(perWeek.reduce((a, b) => a + b, 0)).toBe(index.topics);
    expect(status.overall).toMatchObject({ topicsRead: 3, topicsTotal: index.topics });
    const text = (await run(['status'], { home, env })).stdout;
    expect(text).toMatch(/▸ 2 Data management with DVC .* 0\/7 +0% +read 2\/5 +current/);
    // Reading is studying: it counts for the streak before any write folds it in.
    expect(text).toContain('Streak: 1 day');
    const ko = (await run(['status', '--lang', 'ko'], { home, env: { ...env, COLUMNS: '40' } })).stdout;
    expect(ko).toMatch(/읽음 2\/5 +이번 주/);
    for (const line of ko.split('\n')) expect(width(line), line).toBeLessThanOrEqual(40);
  });

  it('read --undo unmarks a topic, also one only appended by show and not folded yet', async () => {
    const home = tempDir();
    const env = at('2026-12-01');
    await run(['init', '--start', '2026-12-01', '--yes'], { home, env });
    await run(['show', 'mlops-what-why'], { home, env });
    expect(readdirSync(home)).toContain('reads.jsonl');
    const undo = await run(['read', 'mlops-what-why', '--undo'], { home, env });
    expect(undo.code).toBe(0);
    expect(undo.stdout).toContain('mlops-what-why What MLOps is and why it is needed (marked unread)');
    expect(undo.stdout).toMatch(/Week 1: 0 of \d topics read/);
    expect(json(await run(['next', '--json'], { home, env })).topics[0].read).toBe(false);
    expect(readdirSync(home).filter((n) => n.startsWith('reads.jsonl'))).toEqual([]);
    const unknown = await run(['read', 'mlops-what-wy'], { home, env });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown topic ID: mlops-what-wy');
    expect(unknown.stderr).toContain(`${AS_RUN} read mlops-what-why`);
  });

  // Eighteen processes at once: on a busy 2-core machine that takes a while (a bound, not a measure).
  it('loses no read mark when shows and writes run at once', { timeout: 180_000 }, async () => {
    const home = tempDir();
    const env = at('2026-12-29');
    await run(['init', '--start', '2026-12-01', '--yes'], { home, env });
    const topics = ['mlops-what-why', 'mlops-lifecycle-stages', 'mlops-devops-differences', 'git-github-ml-workflow', 'python-reproducible-env', 'dvc-basics', 'dvc-remotes', 'dvc-pipelines', 'data-pipeline-airflow', 'gx-data-validation', 'mlflow-setup', 'mlflow-tracking'];
    const items = ['mlops-concepts-need', 'git-mastery', 'python-dev-env', 'dvc-install-basics', 'dvc-data-versioning', 'data-quality-tools'];
    // Every write folds the log while shows append to it.
    const results = await Promise.all([...topics.map((t) => run(['show', t, '--no-pager'], { home, env })), ...items.map((id) => run(['check', id], { home, env }))]);
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const readers = await Promise.all([1, 2, 3].map((w) => run(['next', '--json', '--week', String(w)], { home, env })));
    const read = readers.flatMap((r) => (json(r).topics as { id: string; read: boolean }[]).filter((t) => t.read).map((t) => t.id));
    expect(read.sort()).toEqual([...topics].sort());
    expect(json(await run(['status', '--json'], { home, env })).overall).toMatchObject({ done: items.length, topicsRead: topics.length });
    // One more write folds whatever is still pending: then every mark is in the file itself.
    await run(['check', 'ml-project-lifecycle'], { home, env });
    expect(Object.keys(readProgressFile(home).courses['mlops-study'].read).sort()).toEqual([...topics].sort());
    expect(readdirSync(home).filter((n) => n.startsWith('reads.jsonl'))).toEqual([]);
  });
});

describe('warnings when ticking', () => {
  it('ticking an item of a future week without a terminal goes through and says so', async () => {
    const home = tempDir();
    const env = at('2026-12-01');
    await run(['init', '--start', '2026-12-01', '--yes'], { home, env });
    const r = await run(['check', 'dvc-install-basics'], { home, env });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Note: you are in week 1; ticked ahead of schedule: dvc-install-basics \(week.2\)/);
    expect(r.stdout).toContain('Marked done');
    const ko = await run(['check', 'experiment-logging', '--lang', 'ko'], { home, env });
    expect(ko.stderr).toContain('참고: 지금은 1주차입니다');
    const now = await run(['check', 'git-mastery'], { home, env });
    expect(now.stderr).toBe('');
  });

  it('check ID --week N that disagrees with the item\'s week is a usage error, and nothing is saved', async () => {
    const home = tempDir();
    const env = at('2026-12-08');
    await run(['init', '--start', '2026-12-01', '--yes'], { home, env });
    const r = await run(['check', 'git-mastery', 'dvc-install-basics', '--week', '2'], { home, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not in week 2: git-mastery \(week.1\)/);
    expect(readProgressFile(home).courses?.['mlops-study']?.items ?? {}).toEqual({});
    const ok = await run(['check', 'dvc-install-basics', '--week', '2'], { home, env });
    expect(ok.code).toBe(0);
  });
});
