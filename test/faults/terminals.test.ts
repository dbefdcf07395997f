/** Case 9: colour only where wanted, 40-column terminals, and locales without Korean. */
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { run, tempDir } from '../helpers/cli.js';
import { hasTmux, Terminal } from '../helpers/tmux.js';

const ESC = '\u001b[';
const now = { MLOPS_STUDY_NOW: '2026-12-08T10:00:00+09:00' };

async function homeInWeek2() {
  const home = tempDir();
  await run(['init', '--start', '2026-12-01', '--yes'], { home, env: now });
  await run(['check', 'mlops-concepts-need', 'dvc-install-basics'], { home, env: now });
  return home;
}

let terminal: Terminal | undefined;
afterEach(() => terminal?.close());

describe('colour', () => {
  it('is off when stdout is not a terminal, even with TERM set; FORCE_COLOR turns it on', async () => {
    const home = await homeInWeek2();
    const plain = await run(['status'], { home, env: { ...now, NO_COLOR: undefined, TERM: 'xterm-256color' } });
    expect(plain.stdout).not.toContain(ESC);
    const forced = await run(['status'], { home, env: { ...now, NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain(ESC);
    const flag = await run(['status', '--no-color'], { home, env: { ...now, NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(flag.stdout).not.toContain(ESC);
  });

  it.skipIf(!hasTmux)('is on in a terminal, and off there with NO_COLOR or --no-color', async () => {
    const home = await homeInWeek2();
    const screen = async (args: string[], env: Record<string, string>) => {
      terminal = new Terminal(args, { home, env: { ...now, ...env } });
      await terminal.exitCode();
      const text = execFileSync('tmux', ['-L', terminal.socket, 'capture-pane', '-e', '-p', '-t', 't'], { encoding: 'utf8' });
      terminal.close();
      return text;
    };
    const styled = /\u001b\[(3\d|9\d|1|2|4)m/;
    expect(await screen(['status'], {})).toMatch(styled);
    expect(await screen(['status'], { NO_COLOR: '1' }), 'NO_COLOR').not.toMatch(styled);
    expect(await screen(['status', '--no-color'], {}), '--no-color').not.toMatch(styled);
  });
});

describe('40 columns', () => {
  it.each([['next'], ['status'], ['show', 'dvc-remotes', '--no-pager'], ['tools'], ['search', '드리프트']])('%j fits in 40 columns in Korean without cutting a character or a bar', async (...args) => {
    const home = await homeInWeek2();
    const r = await run([...args, '--lang', 'ko'], { home, env: { ...now, COLUMNS: '40' } });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    // Code, commands and URLs are kept whole on purpose; every line of Korean prose must fit.
    const codeOrUrl = (line: string) => !/[\uac00-\ud7a3]/.test(line) && /^\s{2,}\S/.test(line);
    for (const line of lines) {
      if (!codeOrUrl(line)) expect(stringWidth(line), line).toBeLessThanOrEqual(40);
      expect(line).not.toContain('\ufffd');
    }
    if (args[0] === 'status') {
      const bars = lines.filter((l) => /[█░]/.test(l));
      // Six weeks and the total, then the guide's five roadmap stages and three checklist sections.
      expect(bars.length).toBe(7 + 5 + 3);
      for (const bar of bars) expect(bar).toMatch(/^\s+[█░]+ +\d+\/\d+ +\d+%/);
    }
  });

  it.skipIf(!hasTmux)('a real 40-column terminal is detected and used', async () => {
    const home = await homeInWeek2();
    terminal = new Terminal(['status', '--lang', 'ko'], { home, env: now, columns: 40, rows: 60 });
    expect(await terminal.exitCode()).toBe(0);
    const screen = terminal.screen();
    expect(screen).toContain('DVC를 활용한 데이터 관리');
    expect(screen.split('\n').filter((l) => /[█░]/.test(l))).toHaveLength(7 + 5 + 3);
  });
});

describe('locales', () => {
  it.each([
    ['LANG unset', { LANG: undefined }],
    ['LANG=C', { LANG: 'C' }],
    ['LC_ALL=C with LANG=ko', { LANG: 'ko_KR.UTF-8', LC_ALL: 'C' }],
  ])('%s gives a working English interface', async (_name, env) => {
    const home = await homeInWeek2();
    const r = await run(['next'], { home, env: { ...now, ...env } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Week 2 of 6');
    expect(r.stdout).toContain('Data management with DVC');
  });

  it('LANG=ko_KR.UTF-8 gives Korean', async () => {
    const r = await run(['next'], { home: await homeInWeek2(), env: { ...now, LANG: 'ko_KR.UTF-8' } });
    expect(r.stdout).toContain('6주 중 2주차');
  });
});
