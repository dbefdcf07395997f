/** A quiz in a real terminal: one right, one wrong, saved as it goes; Ctrl+C keeps what was answered. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AS_RUN, FIXTURES, readProgressFile, run, tempDir } from '../helpers/cli.js';
import { courseWithQuestions } from '../helpers/curricula.js';
import { width } from '../../src/ui/text.js';
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
  it('answers one right and one wrong, explains both, asks the missed one again, saves and schedules them', async () => {
    const home = tempDir();
    terminal = new Terminal(['quiz', '--all', '--seed', '5'], { home, env });
    const first = await answer(terminal, { what: false, trueQ: true });
    await terminal.waitFor(/Question 2\/2/);
    await answer(terminal, { what: false, trueQ: true });
    // The missed question comes back (a relearning step) until it is answered right.
    await terminal.waitFor('↻ Once more: a question you missed · week 1');
    await answer(terminal, { what: true, trueQ: true });
    expect(await terminal.exitCode()).toBe(0);
    const screen = terminal.screen();
    expect(screen).toContain('✔ Correct');
    expect(screen).toContain('✘ Not quite');
    expect(screen).toContain('Why: A is right');
    expect(screen).toMatch(/Score: 1\/2/);
    expect(screen).toContain('1 missed question asked again until right');
    expect(screen).toContain('It comes back later in this session.');
    expect(screen).toContain('Topics to revisit');
    expect(screen).toContain(`${AS_RUN} show basics`);
    expect(screen).toMatch(/Next review due: 2026-12-0\d/);
    expect(first).toMatch(/what|true/);

    const course = readProgressFile(home).courses['tiny-course'];
    expect(Object.keys(course.cards).sort()).toEqual(['q-advanced', 'q-basics']);
    // Only first answers are reviews: the re-ask was neither logged nor scheduled.
    expect(readFileSync(join(home, 'reviews.jsonl'), 'utf8').trim().split('\n')).toHaveLength(2);
    expect(course.cards['q-basics'].reps).toBe(1);
    expect(Date.parse(course.cards['q-basics'].due)).toBeLessThan(Date.parse(course.cards['q-advanced'].due));
    const status = JSON.parse((await run(['status', '--json'], { home, env })).stdout);
    expect(status.quiz).toMatchObject({ seen: 2, answered: 2, accuracy: 0.5, recentScores: [0.5] });
    const tomorrow = { ...env, MLOPS_STUDY_NOW: '2026-12-02T12:00:00+09:00' };
    const next = await run(['next'], { home, env: tomorrow });
    expect(next.stdout).toContain(`1 quiz review due → ${AS_RUN} quiz`);
  });

  it('Ctrl+C after one answer exits 130, says what was kept, with that answer and the partial session saved', async () => {
    const home = tempDir();
    terminal = new Terminal(['quiz', '--all'], { home, env });
    await answer(terminal, { what: true, trueQ: true });
    await terminal.waitFor(/Question 2\/2/);
    await terminal.waitFor(/\? (What\?|True\?)/);
    terminal.send('C-c');
    expect(await terminal.exitCode()).toBe(130);
    expect(terminal.screen()).not.toMatch(/Error|    at /);
    expect(terminal.screen()).toContain('Stopped. 1 answer saved · score so far 1/1');
    expect(readProgressFile(home).courses['tiny-course'].sessions).toEqual([expect.objectContaining({ score: 1, total: 1, interrupted: true })]);
    const status = JSON.parse((await run(['status', '--json'], { home, env })).stdout);
    expect(status.quiz.recentScores).toEqual([1]);
    const answers = Object.values(readProgressFile(home).courses['tiny-course'].answers) as { answered: number }[];
    expect(answers.map((a) => a.answered)).toEqual([1]);
    expect(readFileSync(join(home, 'reviews.jsonl'), 'utf8').trim().split('\n')).toHaveLength(1);
  });
});

/** Moves the cursor of the prompt on screen down to the choice that starts with `text`, then picks it. */
async function choose(t: Terminal, text: string) {
  const at = (screen: string) => screen.split('\n').some((line) => line.startsWith(`❯ ${text}`));
  for (let i = 0; i < 8 && !at(t.screen()); i++) {
    const before = t.screen();
    t.send('Down');
    // Wait for the cursor to move (the screen to change), not for a fixed time.
    for (let n = 0; n < 200 && t.screen() === before; n++) await new Promise((r) => setTimeout(r, 25));
  }
  expect(at(t.screen()), t.screen()).toBe(true);
  t.send('Enter');
}

describe.skipIf(!hasTmux)('a quiz that teaches, in a real terminal', () => {
  const only = (ids: string[]) => ({ MLOPS_STUDY_NOW: env.MLOPS_STUDY_NOW, MLOPS_STUDY_CURRICULUM: courseWithQuestions(ids) });

  it('asks an empty short answer again, then takes "I was right (typo)" after confirmation', async () => {
    const home = tempDir();
    const e = only(['q-short']);
    terminal = new Terminal(['quiz', '--all'], { home, env: e });
    await terminal.waitFor("? Which command starts the tracking UI? (? if you don't know)");
    expect(terminal.screen()).toContain('Question 1/1 · week 1 · new');
    terminal.send('Enter');
    await terminal.waitFor("Type an answer, or ? if you don't know.");
    terminal.type('mlfow ui');
    terminal.send('Enter');
    await terminal.waitFor('? Was it only a typo?');
    expect(terminal.screen()).toContain('✘ Not quite');
    terminal.send('Down', 'Enter');
    await terminal.waitFor('? Count "mlfow ui" as right ("mlflow ui")? It is saved as an override.');
    terminal.type('y');
    terminal.send('Enter');
    expect(await terminal.exitCode()).toBe(0);
    const screen = terminal.screen();
    expect(screen).toContain('✔ Counted as right (override).');
    expect(screen).toMatch(/Score: 1\/1 · 1 override/);
    // The quiz was the first command: it started the study today, and said so.
    expect(screen).toContain('Your study starts today (2026-12-01)');
    expect(readProgressFile(home).profile.startDate).toBe('2026-12-01');
    const status = JSON.parse((await run(['status', '--json'], { home, env: e })).stdout);
    expect(status.quiz).toMatchObject({ answered: 1, accuracy: 1, overrides: 1 });
    expect((await run(['status'], { home, env: e })).stdout).toContain('· 1 override');
  });

  it('"Don\'t know" shows the answer and the question comes back; matching pairs get ✔/✘ and used choices are marked', async () => {
    const home = tempDir();
    const e = only(['q-match']);
    terminal = new Terminal(['quiz', '--all'], { home, env: e });
    await terminal.waitFor('(1/2) dvc.yaml →');
    // "Record of the last run" for dvc.yaml (wrong), then the same for dvc.lock (right).
    await choose(terminal, 'Record of the last run');
    await terminal.waitFor('? (2/2) dvc.lock →');
    expect(terminal.screen()).toContain('Record of the last run (used)');
    await choose(terminal, 'Record of the last run');
    await terminal.waitFor('↻ Once more');
    let screen = terminal.screen();
    expect(screen).toContain('✘ dvc.yaml → Record of the last run');
    expect(screen).toContain('✔ dvc.lock → Record of the last run');
    // Once more: "Don't know".
    await terminal.waitFor(/↻ Once more[^]*\(1\/2\) dvc\.yaml →/);
    await choose(terminal, "Don't know");
    await terminal.waitFor("Don't know: here is the answer");
    // And a third time, right.
    await terminal.waitFor(/here is the answer[^]*↻ Once more[^]*\(1\/2\) dvc\.yaml →/);
    await choose(terminal, 'Pipeline definition');
    await terminal.waitFor(/\? \(2\/2\) dvc\.lock →/);
    await choose(terminal, 'Record of the last run');
    expect(await terminal.exitCode()).toBe(0);
    screen = terminal.screen();
    expect(screen).toMatch(/Score: 0\/1/);
    expect(screen).toContain('1 missed question asked again until right');
  });

  it('asks an empty checkbox again, and Ctrl+C between questions keeps the answers', async () => {
    const home = tempDir();
    const e = only(['q-multi', 'q-order']);
    terminal = new Terminal(['quiz', '--all', '--seed', '1'], { home, env: e });
    const screen = await terminal.waitFor(/Pick the even numbers|Put them in order/);
    if (screen.includes('Put them in order')) {
      // "?" answers "don't know" in the ordering prompt.
      terminal.type('?');
      await terminal.waitFor('Pick the even numbers');
    }
    terminal.send('Enter');
    await terminal.waitFor('Give an answer first (or choose "Don\'t know").');
    terminal.send('C-c');
    expect(await terminal.exitCode()).toBe(130);
    // With the checkbox question first nothing was answered yet, and the summary says so (main's 944590a).
    expect(terminal.screen()).toMatch(/Stopped\. \d answers? saved · score so far 0\/\d|Stopped before the first answer: nothing was saved and your schedule is unchanged\./);
  });

  it.each([
    ['ko', '마지막 실행 기록', 'InconsistentVersionWarning 경고가 나오고, 지원되지 않는 방식이라 예측이 달라질 수 있다'],
    ['en', 'Record of the last run', 'You get an InconsistentVersionWarning; it is unsupported and predictions may differ'],
  ])('wraps answer echoes and long prompts by display width at 40 columns (%s)', async (lang, pair, long) => {
    const home = tempDir();
    const e = only(['q-long', 'q-match', 'q-multi']);
    terminal = new Terminal(['quiz', '--all', '--lang', lang, '--seed', '2'], { home, env: e, columns: 40, rows: 60 });
    const answered: string[] = [];
    for (;;) {
      const screen = await terminal.waitFor(/^\? /m);
      if (/짝수|even numbers/.test(screen.split('\n').filter((l) => l.startsWith('? ')).at(-1) ?? '') && !answered.includes('multi')) {
        answered.push('multi');
        terminal.send('Space', 'Enter');
      } else if (screen.includes('dvc.yaml →') && !answered.includes('match')) {
        answered.push('match');
        await choose(terminal, pair);
        await terminal.waitFor('dvc.lock →');
        await choose(terminal, pair);
      } else if (!answered.includes('long')) {
        answered.push('long');
        await choose(terminal, long.split(' ')[0]!);
      }
      // After the three first asks come the re-asks of the missed ones (or the score).
      await terminal.waitFor(answered.length === 3 ? /(Score|점수): |↻/ : new RegExp(`(Question|문제) ${answered.length + 1}/3`));
      if (answered.length === 3) break;
    }
    const screen = terminal.screen();
    for (const line of screen.split('\n')) expect(width(line), line).toBeLessThanOrEqual(40);
    // The long answer is echoed whole, broken only between words.
    const flat = screen.replace(/\n\s*/g, ' ');
    expect(flat).toContain(long);
    // The "select all" hint is in the question already: never added a second time.
    expect(flat.match(/모두 고르세요|Select all that apply/g)).toHaveLength(1);
    terminal.send('C-c');
  });
});
