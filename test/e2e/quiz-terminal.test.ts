/** A quiz in a real terminal: one right, one wrong, saved as it goes; Ctrl+C keeps what was answered. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AS_RUN, FIXTURES, readProgressFile, run, tempDir } from '../helpers/cli.js';
import { hasTmux, Terminal } from '../helpers/tmux.js';

const env = { MLOPS_STUDY_NOW: '2026-12-01T10:00:00+09:00', MLOPS_STUDY_CURRICULUM: join(FIXTURES, 'curricula', 'minimal') };
let terminal: Terminal | undefined;
afterEach(() => terminal?.close());

/** Answers whichever question is on screen: "What?" wrong (picks B), "True?" right. */
async function answer(t: Terminal, right: { what: boolean; trueQ: boolean }) {
  const screen = await t.waitFor(/\? (What\?|True\?)/);
  if (screen.includes('? What?')) {
    const wanted = right.what ? 'A' : 'B';
    for (let i = 0; i < 3 && !new RegExp(`❯ ${wanted}\\b`).test(t.screen()); i++) {
      t.send('Down');
      await new Promise((r) => setTimeout(r, 100));
    }
    t.send('Enter');
    return 'what';
  }
  if (!right.trueQ) t.send('Down');
  t.send('Enter');
  return 'true';
}

describe('quiz', () => {
  it('refuses to run without a terminal', async () => {
    const r = await run(['quiz'], { env, input: '\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('quiz needs an interactive terminal');
    expect(readProgressFile(tempDir())).toBeUndefined();
  });
});

describe.skipIf(!hasTmux)('quiz in a real terminal', () => {
  it('answers one right and one wrong, explains both, saves and schedules them', async () => {
    const home = tempDir();
    terminal = new Terminal(['quiz', '--all', '--seed', '5'], { home, env });
    const first = await answer(terminal, { what: false, trueQ: true });
    await terminal.waitFor(/Question 2\/2/);
    await answer(terminal, { what: false, trueQ: true });
    expect(await terminal.exitCode()).toBe(0);
    const screen = terminal.screen();
    expect(screen).toContain('✔ Correct');
    expect(screen).toContain('✘ Not quite');
    expect(screen).toContain('Why: A is right');
    expect(screen).toMatch(/Score: 1\/2/);
    expect(screen).toContain('Topics to revisit');
    expect(screen).toContain(`${AS_RUN} show basics`);
    expect(screen).toMatch(/Next review due: 2026-12-0\d/);
    expect(first).toMatch(/what|true/);

    const course = readProgressFile(home).courses['tiny-course'];
    expect(Object.keys(course.cards).sort()).toEqual(['q-advanced', 'q-basics']);
    expect(Date.parse(course.cards['q-basics'].due)).toBeLessThan(Date.parse(course.cards['q-advanced'].due));
    const status = JSON.parse((await run(['status', '--json'], { home, env })).stdout);
    expect(status.quiz).toMatchObject({ seen: 2, answered: 2, accuracy: 0.5, recentScores: [0.5] });
    const tomorrow = { ...env, MLOPS_STUDY_NOW: '2026-12-02T12:00:00+09:00' };
    const next = await run(['next'], { home, env: tomorrow });
    expect(next.stdout).toContain(`1 quiz review due → ${AS_RUN} quiz`);
  });

  it('Ctrl+C after one answer exits 130, quietly, with that answer saved', async () => {
    const home = tempDir();
    terminal = new Terminal(['quiz', '--all'], { home, env });
    await answer(terminal, { what: true, trueQ: true });
    await terminal.waitFor(/Question 2\/2/);
    await terminal.waitFor(/\? (What\?|True\?)/);
    terminal.send('C-c');
    expect(await terminal.exitCode()).toBe(130);
    expect(terminal.screen()).not.toMatch(/Error|    at /);
    const answers = Object.values(readProgressFile(home).courses['tiny-course'].answers) as { answered: number }[];
    expect(answers.map((a) => a.answered)).toEqual([1]);
    expect(readFileSync(join(home, 'reviews.jsonl'), 'utf8').trim().split('\n')).toHaveLength(1);
  });
});
