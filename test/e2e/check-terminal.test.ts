/** `check` in a real terminal: the checkbox prompt ticks two items, status --json shows them. */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES, readProgressFile, run, tempDir } from '../helpers/cli.js';
import { hasTmux, Terminal } from '../helpers/tmux.js';
import { courseWithItems } from '../helpers/curricula.js';

const env = { MLOPS_STUDY_NOW: '2026-11-27T12:00:00+09:00', MLOPS_STUDY_CURRICULUM: join(FIXTURES, 'curricula', 'minimal') };
let terminal: Terminal | undefined;
afterEach(() => terminal?.close());

describe.skipIf(!hasTmux)('check in a real terminal', () => {
  it('ticks two items with space and enter, and saves exactly that', async () => {
    const home = tempDir();
    terminal = new Terminal(['check'], { home, env });
    await terminal.waitFor('Week 1: tick what you have done');
    terminal.send('Space');
    terminal.send('Down');
    terminal.send('Space');
    await terminal.waitFor(/◉ Second item/);
    terminal.send('Enter');
    expect(await terminal.exitCode()).toBe(0);
    const screen = await terminal.waitFor('Week 1: 2/2 done');
    expect(screen).toContain('first-item First item (Marked done)');
    const status = JSON.parse((await run(['status', '--json'], { home, env })).stdout);
    expect(status.weeks[0].items.map((i: { id: string; done: boolean }) => [i.id, i.done])).toEqual([
      ['first-item', true],
      ['second-item', true],
    ]);
  });

  it('pre-selects done items; unticking one undoes only that one', async () => {
    const home = tempDir();
    await run(['check', 'first-item', 'second-item'], { home, env });
    terminal = new Terminal(['check', '--lang', 'ko'], { home, env });
    await terminal.waitFor('1주차: 마친 항목을 체크하세요');
    terminal.send('Space');
    terminal.send('Enter');
    expect(await terminal.exitCode()).toBe(0);
    expect(Object.keys(readProgressFile(home).courses['tiny-course'].items)).toEqual(['second-item']);
  });

  it('Ctrl+C exits 130 quietly and saves nothing', async () => {
    const home = tempDir();
    terminal = new Terminal(['check'], { home, env });
    await terminal.waitFor('Week 1: tick what you have done');
    terminal.send('Space');
    terminal.send('C-c');
    expect(await terminal.exitCode()).toBe(130);
    expect(terminal.screen()).not.toMatch(/Error|at .*\.js/);
    // Only the start date (check needs the current week); no item.
    expect(readProgressFile(home).courses).toEqual({});
  });

  it('scrolls a long week at 40 columns without breaking lines', async () => {
    const home = tempDir();
    const { dir } = courseWithItems(25);
    terminal = new Terminal(['check', '--week', '2'], { home, env: { ...env, MLOPS_STUDY_CURRICULUM: dir }, columns: 40, rows: 20 });
    await terminal.waitFor('Item 1');
    // Two carried-over items from week 1 come first, then Item 1 … Item 25.
    for (let i = 0; i < 26; i++) terminal.send('Down');
    const screen = await terminal.waitFor(/❯\s*◯ Item 25/);
    for (const line of screen.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
    terminal.send('Space', 'Enter');
    // Week 2 is ahead of the learner's week 1: confirmed.
    await terminal.waitFor(/Tick item-25\s+\(week.2\)\s+already\?/);
    terminal.type('y');
    terminal.send('Enter');
    expect(await terminal.exitCode()).toBe(0);
    expect(Object.keys(readProgressFile(home).courses['tiny-course'].items)).toEqual(['item-25']);
  });

  it('asks before ticking an item of a future week: no saves nothing, yes ticks it', async () => {
    const home = tempDir();
    await run(['init', '--start', '2026-11-27', '--yes'], { home, env });
    terminal = new Terminal(['check', 'third-item'], { home, env });
    await terminal.waitFor(/\? You are in week 1\. Tick third-item \(week.2\) already\? \(y\/N\)/);
    terminal.send('Enter');
    expect(await terminal.exitCode()).toBe(0);
    expect(terminal.screen()).toContain('Nothing was ticked.');
    expect(readProgressFile(home).courses?.['tiny-course']?.items ?? {}).toEqual({});
    terminal.close();
    terminal = new Terminal(['check', '--week', '2', '--lang', 'ko'], { home, env });
    await terminal.waitFor('2주차: 마친 항목을 체크하세요');
    // Week 1's two open items come first (carried over), then week 2's.
    terminal.send('Down', 'Down', 'Space');
    await terminal.waitFor(/❯◉ 셋째 항목/);
    terminal.send('Enter');
    await terminal.waitFor(/지금은 1주차입니다\. 다음 항목을 벌써 체크하겠습니까\?\s+third-item \(2주차\)/);
    terminal.type('y');
    terminal.send('Enter');
    expect(await terminal.exitCode()).toBe(0);
    expect(Object.keys(readProgressFile(home).courses['tiny-course'].items)).toEqual(['third-item']);
  });
});
