/**
 * `mlops-study` alone in a real terminal (tmux): a menu of next, check, quiz,
 * show (a topic picker), search, status, init and quit, which comes back
 * after each action; q and Esc quit (q used to jump to "quiz").
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES, readProgressFile, run, tempDir } from '../helpers/cli.js';
import { hasTmux, Terminal } from '../helpers/tmux.js';

const env = { MLOPS_STUDY_NOW: '2026-12-01T10:00:00+09:00', MLOPS_STUDY_CURRICULUM: join(FIXTURES, 'curricula', 'minimal'), NO_COLOR: '1', PAGER: 'cat' };
const MENU = 'What would you like to do?';

let terminal: Terminal | undefined;
afterEach(() => terminal?.close());

/** The menu, drawn anew after the action: the last prompt on the screen is idle again. */
async function backAtMenu(t: Terminal): Promise<string> {
  return t.waitFor((screen: string) => screen.trimEnd().endsWith('q or Esc quit') && screen.lastIndexOf(`? ${MENU}`) > screen.lastIndexOf(`› ${MENU}`));
}

describe.skipIf(!hasTmux)('the menu', () => {
  it('offers the daily commands, with q and Esc to quit', async () => {
    terminal = new Terminal([], { home: tempDir(), env });
    const screen = await terminal.waitFor('q or Esc quit');
    for (const entry of ['1  next', '2  check', '3  quiz', '4  show', '5  search', '6  status', '7  init']) expect(screen).toContain(entry);
    terminal.send('q');
    expect(await terminal.exitCode()).toBe(0);
    expect(terminal.screen()).toContain(`› ${MENU} Quit`);

    terminal.close();
    terminal = new Terminal([], { home: tempDir(), env });
    await terminal.waitFor('q or Esc quit');
    terminal.send('Escape');
    expect(await terminal.exitCode()).toBe(0);
  });

  it('runs an action and comes back: next, then status by its key, then quit', async () => {
    const home = tempDir();
    terminal = new Terminal([], { home, env });
    await terminal.waitFor('q or Esc quit');
    terminal.send('Enter');
    await terminal.waitFor('Next step:');
    await backAtMenu(terminal);
    terminal.send('6');
    await terminal.waitFor('Overall');
    await backAtMenu(terminal);
    terminal.send('q');
    expect(await terminal.exitCode()).toBe(0);
    expect(readProgressFile(home).profile.startDate).toBe('2026-12-01');
  });

  it('show asks for a topic, this week first; search asks for words', async () => {
    const home = tempDir();
    await run(['init', '--start', '2026-11-24', '--yes'], { home, env });
    terminal = new Terminal([], { home, env });
    await terminal.waitFor('q or Esc quit');
    terminal.send('4');
    const picker = await terminal.waitFor('Which topic?');
    // Week 2 is the current week: its topic comes first.
    expect(picker.indexOf('[week 2] Advanced')).toBeLessThan(picker.indexOf('[week 1] Basics'));
    terminal.send('Enter');
    await terminal.waitFor('Advanced notes');
    await backAtMenu(terminal);
    // Showing it marked it read: ticked now, and the cursor starts on the first topic not read yet.
    terminal.send('4');
    await terminal.waitFor(/✔ \[week 2\] Advanced[\s\S]*❯ +\[week 1\] Basics/);
    terminal.send('Enter');
    await terminal.waitFor('Marked as read');
    await backAtMenu(terminal);
    terminal.send('5');
    await terminal.waitFor('Search for');
    terminal.type('basics');
    terminal.send('Enter');
    await terminal.waitFor(/result.* for "basics"/);
    await backAtMenu(terminal);
    terminal.send('q');
    expect(await terminal.exitCode()).toBe(0);
  });

  it('Ctrl+C inside an action goes back to the menu; an action that fails is reported and the menu comes back', async () => {
    terminal = new Terminal([], { home: tempDir(), env });
    await terminal.waitFor('q or Esc quit');
    terminal.send('7');
    await terminal.waitFor('Language');
    terminal.send('C-c');
    await backAtMenu(terminal);
    terminal.send('5');
    await terminal.waitFor('Search for');
    terminal.send('Enter'); // nothing typed: back to the menu
    await backAtMenu(terminal);
    terminal.send('q');
    expect(await terminal.exitCode()).toBe(0);

    terminal.close();
    terminal = new Terminal([], { home: tempDir(), env: { ...env, MLOPS_STUDY_CURRICULUM: '/nonexistent/curriculum' } });
    await terminal.waitFor('q or Esc quit');
    terminal.send('1');
    await terminal.waitFor('mlops-study: curriculum directory not found: /nonexistent/curriculum');
    await backAtMenu(terminal);
    terminal.send('q');
    expect(await terminal.exitCode()).toBe(0);
  });

  it('speaks Korean in a Korean run', async () => {
    terminal = new Terminal(['--lang', 'ko'], { home: tempDir(), env });
    const screen = await terminal.waitFor('q나 Esc 종료');
    expect(screen).toContain('무엇을 할까요?');
    expect(screen).toContain('4  show    주제 읽기');
    terminal.send('q');
    expect(await terminal.exitCode()).toBe(0);
  });
});
