/**
 * Long output pages like git: in a terminal and taller than it, through
 * MLOPS_STUDY_PAGER, else PAGER, else less -FRX (text stays on the screen
 * after q); PAGER=cat, an empty value or --no-pager print directly; short
 * output and output that is not a terminal never page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pagerChoice } from '../../src/ui/pager.js';
import { screenRows } from '../../src/ui/text.js';
import { run, tempDir } from '../helpers/cli.js';
import { hasTmux, Terminal } from '../helpers/tmux.js';

const now = { MLOPS_STUDY_NOW: '2026-12-08T10:00:00+09:00' };

describe('pagerChoice', () => {
  it('prefers MLOPS_STUDY_PAGER, then PAGER, then less; cat or empty means none', () => {
    expect(pagerChoice({})).toEqual({ command: 'less', source: 'default' });
    expect(pagerChoice({ PAGER: 'more' })).toEqual({ command: 'more', source: 'PAGER' });
    expect(pagerChoice({ PAGER: 'more', MLOPS_STUDY_PAGER: 'less -S' })).toEqual({ command: 'less -S', source: 'MLOPS_STUDY_PAGER' });
    expect(pagerChoice({ PAGER: 'cat' })).toEqual({ source: 'PAGER' });
    expect(pagerChoice({ PAGER: 'less', MLOPS_STUDY_PAGER: '' })).toEqual({ source: 'MLOPS_STUDY_PAGER' });
  });

  it('counts the rows a line takes once the terminal wraps it', () => {
    expect(screenRows('a\nb', 40)).toBe(2);
    expect(screenRows('가'.repeat(30), 40)).toBe(2);
  });
});

describe.skipIf(!hasTmux)('paging in a real terminal', () => {
  let terminal: Terminal | undefined;
  afterEach(() => terminal?.close());

  const started = async (home: string) => run(['init', '--start', '2026-12-01', '--yes'], { home, env: now });

  it('next, taller than the terminal, goes through less -FRX; after q it stays on the screen', async () => {
    const home = tempDir();
    await started(home);
    terminal = new Terminal(['next'], { home, env: { ...now, NO_COLOR: '1' }, columns: 100, rows: 20 });
    const paging = await terminal.waitFor(/^:\s*$/m);
    expect(paging).toContain('MLOps Study Guide');
    terminal.send('q');
    expect(await terminal.exitCode()).toBe(0);
    expect(terminal.screen()).toContain('Topics');
  });

  it.each([
    ['PAGER=cat', ['tools'], (_seen: string) => ({ PAGER: 'cat' })],
    ['an empty MLOPS_STUDY_PAGER, over PAGER', ['tools'], (seen: string) => ({ MLOPS_STUDY_PAGER: '', PAGER: `tee ${seen} > /dev/null` })],
    ['--no-pager', ['tools', '--no-pager'], (seen: string) => ({ PAGER: `tee ${seen} > /dev/null` })],
  ] as const)('%s prints directly', async (_name, args, pager) => {
    const home = tempDir();
    const seen = join(tempDir(), 'paged');
    terminal = new Terminal([...args], { home, env: { ...now, NO_COLOR: '1', ...pager(seen) }, columns: 80, rows: 15 });
    expect(await terminal.exitCode()).toBe(0);
    expect(existsSync(seen)).toBe(false);
    expect(terminal.screen()).toMatch(/show <id>/);
  });

  it('MLOPS_STUDY_PAGER over PAGER, run through the shell with its arguments', async () => {
    const home = tempDir();
    const seen = join(tempDir(), 'paged');
    terminal = new Terminal(['tools'], { home, env: { ...now, NO_COLOR: '1', PAGER: 'false', MLOPS_STUDY_PAGER: `tee ${seen} > /dev/null` }, columns: 80, rows: 15 });
    expect(await terminal.exitCode()).toBe(0);
    expect(readFileSync(seen, 'utf8')).toContain('MLflow');
  });

  it('short output prints directly even with a pager set', async () => {
    const home = tempDir();
    await started(home);
    const seen = join(tempDir(), 'paged');
    terminal = new Terminal(['status'], { home, env: { ...now, NO_COLOR: '1', PAGER: `tee ${seen} > /dev/null` }, columns: 100, rows: 40 });
    expect(await terminal.exitCode()).toBe(0);
    expect(existsSync(seen)).toBe(false);
    expect(terminal.screen()).toContain('Week 2 of 6');
  });
});

describe('not a terminal', () => {
  it('never pages', async () => {
    const seen = join(tempDir(), 'paged');
    const r = await run(['tools'], { env: { PAGER: `tee ${seen}` } });
    expect(r.code).toBe(0);
    expect(existsSync(seen)).toBe(false);
  });
});
