/** Case 8: command-line misuse gets a clear message and the right exit code; Ctrl+C is quiet everywhere. */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, FIXTURES, baseEnv, readProgressFile, run, tempDir } from '../helpers/cli.js';
import { courseWithItems } from '../helpers/curricula.js';
import { hasTmux, Terminal } from '../helpers/tmux.js';

const env = { MLOPS_STUDY_NOW: '2026-12-01T10:00:00+09:00', MLOPS_STUDY_CURRICULUM: join(FIXTURES, 'curricula', 'minimal') };

describe('usage errors exit 2 with a message and no stack trace', () => {
  it.each([
    [['nxt'], /unknown command "nxt"\nhint: Did you mean node bin\/mlops-study\.js next\?/],
    [['next', '--jsn'], /unknown option --jsn\nhint: Did you mean --json\? Usage and examples: node bin\/mlops-study\.js next --help/],
    [['next', '--week', '0'], /--week must be a week number from 1 to 2, got "0"/],
    [['next', '--week', '99'], /--week must be a week number from 1 to 2, got "99"/],
    [['next', '--week', 'abc'], /--week must be a week number from 1 to 2, got "abc"/],
    [['check', '--week', '3'], /--week must be a week number/],
    [['quiz', '--week', '0'], /--week must be a week number from 1 to 2, got "0"\nhint: Try: node bin\/mlops-study\.js quiz --week 1/],
    [['quiz', '--week', '9'], /--week must be a week number from 1 to 2, got "9"\nhint: Try: node bin\/mlops-study\.js quiz --week 2/],
    [['resources', '--week', 'x'], /--week must be a week number from 1 to 2, got "x"\nhint: Try: node bin\/mlops-study\.js resources --week 1/],
    [['check', '--week', '5'], /--week must be a week number from 1 to 2, got "5"\nhint: Try: node bin\/mlops-study\.js check --week 2/],
    [['show', 'second-item'], /nothing to show for "second-item"\nhint: "second-item" is a checklist item; its week is: node bin\/mlops-study\.js show 1/],
    [['init', '--start', '2026-02-30'], /--start must be a real date as YYYY-MM-DD, got "2026-02-30"/],
    [['init', '--start', 'tomorrow'], /--start must be a real date/],
    [['next', '--lang', 'xx'], /--lang cannot be "xx"; choose one of ko, en/],
    [['check', 'frist-item', 'thrid-item'], /unknown item IDs: "frist-item" \(did you mean first-item\?\); "thrid-item" \(did you mean third-item\?\)/],
    [['show', 'basic'], /nothing to show for "basic"[\s\S]*node bin\/mlops-study\.js show basics/],
    [['quiz', '--all', '--due'], /choose one of --week, --all and --due/],
    [['quiz', '-n', 'ten'], /-n must be a whole number/],
    [['search'], /missing the argument <words\.\.\.>\nhint: Usage and examples: node bin\/mlops-study\.js search --help/],
  ])('%j', async (args, message) => {
    const home = tempDir();
    const r = await run(args, { home, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readProgressFile(home)).toBeUndefined();
  });
});

describe('interactive commands without a terminal', () => {
  it.each([
    [['check'], 'y\n'],
    [['check'], undefined],
    [['quiz'], ' \n'],
    [['quiz', '--all'], undefined],
    [['init'], 'Jimin\n2026-12-01\n'],
    [['config', 'repair'], 'y\n'],
  ])('%j with stdin %j exits 2 and never answers silently', async (args, input) => {
    const home = tempDir();
    if (args[0] === 'config') writeFileSync(join(home, 'config.json'), '{"schemaVersion": 1, "courses": {');
    const r = await run(args, { home, env, ...(input === undefined ? { stdin: 'ignore' as const } : { input }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/terminal/);
    if (args[0] !== 'config') expect(readProgressFile(home)).toBeUndefined();
  });

  it('`mlops-study` alone prints the help instead of a menu', async () => {
    const r = await run([], { env, input: '\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: node bin/mlops-study.js [options] [command]');
  });
});

describe('output piped into head -1', () => {
  // 3,000 items make `next --week 2` print ~190 kB, more than a pipe holds: head exits mid-write.
  const big = courseWithItems(3000).dir;
  it.each([['next'], ['show', 'dvc-remotes'], ['tools'], ['status', '--json'], ['next', '--week', '2', '--curriculum', big]])('%j ends quietly', (...args) => {
    const home = tempDir();
    const quoted = args.map((a) => `'${a}'`).join(' ');
    const r = spawnSync('bash', ['-c', `set -o pipefail; '${process.execPath}' '${BIN}' ${quoted} | head -1; echo "status \${PIPESTATUS[0]}" >&2`], {
      env: { ...baseEnv(home) },
      encoding: 'utf8',
    });
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toMatch(/status 0\n$/);
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
  });
});

let terminal: Terminal | undefined;
afterEach(() => terminal?.close());

describe.skipIf(!hasTmux)('Ctrl+C in every prompt exits 130 quietly', () => {
  it.each([
    ['the menu', [], 'What would you like to do?'],
    ['init', ['init'], 'Language'],
    ['check', ['check'], 'tick what you have done'],
    ['quiz', ['quiz', '--all'], '?'],
    ['config repair', ['config', 'repair'], 'Repair the file?'],
  ])('%s', async (_name, args, prompt) => {
    const home = tempDir();
    if (args[0] === 'config') writeFileSync(join(home, 'config.json'), '{"schemaVersion": 1, "courses": {');
    terminal = new Terminal(args, { home, env });
    await terminal.waitFor(prompt);
    terminal.send('C-c');
    expect(await terminal.exitCode()).toBe(130);
    expect(terminal.screen()).not.toMatch(/Error|\s+at \S+\.js/);
    if (args[0] === 'config') expect(readFileSync(join(home, 'config.json'), 'utf8')).toBe('{"schemaVersion": 1, "courses": {');
    else if (args[0] !== 'quiz') expect(readProgressFile(home)?.courses?.['tiny-course']?.items ?? {}).toEqual({});
  });
});
