/**
 * An imported curriculum in the daily commands: the guide's own labels are
 * shown but --week counts from 1; appendix units are not weeks (not in the
 * week count, the schedule or the current week) but their items count and
 * can be ticked, and show finds them.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_RUN, FIXTURES, run, tempDir } from '../helpers/cli.js';

const shapes = join(FIXTURES, 'guides', 'shapes');

async function imported(name: string) {
  const home = tempDir();
  const out = join(tempDir(), 'course');
  const r = await run(['import', join(shapes, name), '-o', out], { home });
  expect(r.code, r.stderr).toBe(0);
  return { home, env: { MLOPS_STUDY_NOW: '2026-12-01T10:00:00+09:00', MLOPS_STUDY_CURRICULUM: out } };
}

describe('labels', () => {
  it('shows "Week 0 (1 of 4)" while --week and the schedule count from 1', async () => {
    const { home, env } = await imported('own-numbering.md');
    const first = await run(['next'], { home, env });
    expect(first.stdout).toContain('Week 0 (1 of 4)');
    expect(first.stdout).not.toContain('Week 1 of 4');
    const second = JSON.parse((await run(['next', '--week', '2', '--json'], { home, env })).stdout);
    expect(second).toMatchObject({ week: 2, weekCount: 4, label: 'Week 1', title: 'Pods' });
    const ko = await run(['next', '--week', '2', '--lang', 'ko'], { home, env });
    expect(ko.stdout).toContain('Week 1 (전체 4주 중 2번째)');
    const status = await run(['status'], { home, env });
    expect(status.stdout).toMatch(/▸ 1 Week 0: Setup/);
    expect((await run(['show', '1', '--no-pager'], { home, env })).stdout).toContain('Week 0 (1 of 4)');
    expect((await run(['next', '--week', '5'], { home, env })).code).toBe(2);
  });

  it('keeps the usual heading when the label says the same ("Week 1" for week 1)', async () => {
    const { home, env } = await imported('outside-weeks.md');
    expect((await run(['next', '--lang', 'ko'], { home, env })).stdout).toContain('2주 중 1주차');
  });
});

describe('appendix units', () => {
  it('are not weeks, but their items count in the totals and can be ticked', async () => {
    const { home, env } = await imported('outside-weeks.md');
    const status = JSON.parse((await run(['status', '--json'], { home, env })).stdout);
    expect(status.weekCount).toBe(2);
    // Topics read count the weeks' topics only (show marks those).
    expect(status.overall).toEqual({ done: 0, total: 4, topicsRead: 0, topicsTotal: 2 });
    expect(status.appendix.map((u: { title: string; total: number }) => [u.title, u.total])).toEqual([
      ['Introduction', 2],
      ['Extra', 0],
      ['FAQ', 0],
      ['License', 0],
    ]);
    const check = await run(['check', 'install-docker'], { home, env });
    expect(check.code, check.stderr).toBe(0);
    const after = JSON.parse((await run(['status', '--json'], { home, env })).stdout);
    expect(after.overall).toMatchObject({ done: 1, total: 4 });
    expect(after.orphaned).toEqual([]);
    const text = await run(['status'], { home, env });
    expect(text.stdout).toMatch(/· Introduction +█+░+ 1\/2/);
    // The schedule: the course finishes after its two weeks, whatever the appendix holds.
    await run(['next'], { home, env }); // the study starts on 2026-12-01
    const late = JSON.parse((await run(['next', '--json'], { home, env: { ...env, MLOPS_STUDY_NOW: '2026-12-20T10:00:00+09:00' } })).stdout);
    expect(late).toMatchObject({ week: 2, status: 'finished' });
  });

  it('are listed by next and shown by show, with their topics', async () => {
    const { home, env } = await imported('outside-weeks.md');
    const next = await run(['next'], { home, env: { ...env, COLUMNS: '100' } });
    expect(next.stdout).toContain('Appendix');
    expect(next.stdout).toContain(`Introduction 0/2 · ${AS_RUN} show introduction`);
    expect(next.stdout).toContain('Extra · FAQ · License');
    const json = JSON.parse((await run(['next', '--json'], { home, env })).stdout);
    expect(json.appendix[0]).toEqual({ id: 'introduction', title: 'Introduction', done: 0, total: 2 });
    const faq = await run(['show', 'faq', '--no-pager'], { home, env });
    expect(faq.code, faq.stderr).toBe(0);
    expect(faq.stdout).toContain('Appendix\nFAQ');
    expect(faq.stdout).not.toContain('Checklist');
    const topic = await run(['show', 'faq-2', '--no-pager'], { home, env });
    expect(topic.stdout).toContain('Appendix: FAQ');
    expect(topic.stdout).toContain('No, everything runs locally.');
    expect((await run(['search', 'cloud', 'account'], { home, env })).stdout).toContain('faq');
  });
});
