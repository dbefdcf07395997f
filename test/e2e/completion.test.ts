/**
 * Shell completion as a learner gets it: `__complete` through the built
 * binary (a cold cache, a damaged progress file, Korean), and each script of
 * `completion` loaded by its real shell: bash (its completion function run as
 * bash runs it), zsh and fish (registered, and asked), and bash, zsh and fish
 * in tmux, where typing `mlops-study check dvc-d` and Tab completes the ID.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers/cli.js';
import { hasShell, runShell, shellEnv, ShellTerminal, type ShellName } from '../helpers/shells.js';
import { hasTmux } from '../helpers/tmux.js';

const NOW = { MLOPS_STUDY_NOW: '2026-12-08T09:00:00+09:00' };
let learner: string;

beforeAll(async () => {
  // Week 2, with dvc-install-basics ticked, then git-mastery (the latest tick).
  learner = tempDir();
  await run(['init', '--start', '2026-12-01', '--yes'], { home: learner, env: NOW });
  await run(['check', 'dvc-install-basics'], { home: learner, env: { MLOPS_STUDY_NOW: '2026-12-07T09:00:00+09:00' } });
  await run(['check', 'git-mastery'], { home: learner, env: NOW });
});

const lines = (stdout: string) => stdout.trimEnd().split('\n');

describe('__complete', () => {
  it('answers on a cold cache, and leaves it warm', async () => {
    const home = tempDir();
    const r = await run(['__complete', 'check', 'dvc-'], { home, env: NOW });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // Nothing ticked: both open, in curriculum order.
    expect(lines(r.stdout).map((l) => l.split('\t')[0])).toEqual(['dvc-install-basics', 'dvc-data-versioning', ':36']);
    expect(readdirSync(join(home, 'cache')).some((f) => f.endsWith('.index-en.json'))).toBe(true);
    expect(existsSync(join(home, 'config.json'))).toBe(false); // nothing of the learner's written
  });

  it('puts what is open first and describes what is done', async () => {
    const r = await run(['__complete', 'check', 'dvc-'], { home: learner, env: NOW });
    expect(lines(r.stdout)).toEqual(['dvc-data-versioning\tVersion your data with DVC', 'dvc-install-basics\tdone · Install DVC and learn its basic commands', ':36']);
    const ko = await run(['__complete', 'check', 'dvc-'], { home: learner, env: { ...NOW, LANG: 'ko_KR.UTF-8' } });
    expect(lines(ko.stdout)[0]).toBe('dvc-data-versioning\tDVC를 활용한 데이터 버전 관리');
  });

  it('still offers IDs with a damaged progress file, says nothing on stderr and copies nothing', async () => {
    const home = tempDir();
    writeFileSync(join(home, 'config.json'), '{"schemaVersion": 2, "courses": ');
    const r = await run(['__complete', 'check', 'dvc-'], { home, env: NOW });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(lines(r.stdout).map((l) => l.split('\t')[0])).toEqual(['dvc-install-basics', 'dvc-data-versioning', ':36']);
    expect(readdirSync(home).filter((f) => f.includes('corrupt'))).toEqual([]);
  });

  it('never fails: unknown options, commands and curricula give nothing, with exit 0', async () => {
    for (const words of [['--bogus', 'ch'], ['frobnicate', ''], ['--curriculum', '/nonexistent', 'check', ''], []]) {
      const r = await run(['__complete', ...words], { home: learner, env: NOW });
      expect(r.code, words.join(' ')).toBe(0);
      expect(r.stderr, words.join(' ')).toBe('');
    }
    expect(lines((await run(['__complete', '--bogus', 'ch'], { home: learner, env: NOW })).stdout)[0]).toMatch(/^check\t/);
  });
});

describe('completion <shell>', () => {
  it.each(['bash', 'zsh', 'fish'] as ShellName[])('prints a %s script its shell parses', async (shell) => {
    const r = await run(['completion', shell]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('__complete');
    if (!hasShell(shell)) return; // .ci/run installs zsh and fish
    const file = join(tempDir(), `script.${shell}`);
    writeFileSync(file, r.stdout);
    const check = spawnSync(shell, [shell === 'fish' ? '--no-execute' : '-n', file], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: tempDir() } });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('refuses another shell with a usage error', async () => {
    const r = await run(['completion', 'tcsh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no completion for the shell "tcsh"');
    expect(r.stderr).toContain('bash, zsh or fish');
  });
});

/** Runs bash's completion function the way bash does for `line` (cursor at the end), with or without bash-completion. */
function bashComplete(line: string, options: { cwd?: string; bashCompletion?: boolean } = {}): string[] {
  const script = `
    ${options.bashCompletion ? 'source /usr/share/bash-completion/bash_completion' : ''}
    source <(mlops-study completion bash)
    COMP_LINE=${JSON.stringify(line)}; COMP_POINT=\${#COMP_LINE}
    # bash splits words at COMP_WORDBREAKS too: "--week=" is "--week", "=", "".
    COMP_WORDS=(); w=""; for ((i = 0; i < \${#COMP_LINE}; i++)); do c="\${COMP_LINE:i:1}"
      if [[ $c == " " ]]; then [[ -n $w ]] && COMP_WORDS+=("$w"); w=""
      elif [[ $c == "=" ]]; then [[ -n $w ]] && COMP_WORDS+=("$w"); COMP_WORDS+=("="); w=""
      else w+="$c"; fi; done
    COMP_WORDS+=("$w"); COMP_CWORD=$(( \${#COMP_WORDS[@]} - 1 ))
    __mlops_study_complete 2>/dev/null
    printf '%s\\n' "\${COMPREPLY[@]}"`;
  const r = runShell('bash', script, shellEnv(learner, NOW), options.cwd);
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.split('\n').filter(Boolean);
}

const hasBashCompletion = existsSync('/usr/share/bash-completion/bash_completion');

describe.skipIf(!hasShell('bash'))('bash', () => {
  it('registers its function for mlops-study', () => {
    const r = runShell('bash', 'source <(mlops-study completion bash); complete -p mlops-study', shellEnv(learner, NOW));
    expect(r.stdout.trim()).toBe('complete -o default -F __mlops_study_complete mlops-study');
  });

  it.each([false, ...(hasBashCompletion ? [true] : [])])('completes IDs, values after "=", directories and guides (bash-completion loaded: %s)', (bashCompletion) => {
    expect(bashComplete('mlops-study check dvc-', { bashCompletion })).toEqual(['dvc-data-versioning', 'dvc-install-basics']);
    expect(bashComplete('mlops-study check --undo ', { bashCompletion })).toEqual(['git-mastery', 'dvc-install-basics']);
    expect(bashComplete('mlops-study sh', { bashCompletion })).toEqual(['show']);
    expect(bashComplete('mlops-study next --week=', { bashCompletion })).toEqual(['1', '2', '3', '4', '5', '6']);
    const cwd = tempDir();
    mkdirSync(join(cwd, 'my-course'));
    writeFileSync(join(cwd, 'guide.md'), '# Guide\n');
    writeFileSync(join(cwd, 'notes.txt'), 'x\n');
    expect(bashComplete('mlops-study validate ', { cwd, bashCompletion })).toEqual(['my-course']);
    expect(bashComplete('mlops-study import ', { cwd, bashCompletion }).sort()).toEqual(['guide.md', 'my-course']);
    expect(bashComplete('mlops-study next ', { cwd, bashCompletion })).toEqual([]);
  });
});

describe.skipIf(!hasShell('zsh'))('zsh', () => {
  it('registers _mlops-study for mlops-study with compdef', () => {
    const env = shellEnv(learner, NOW);
    const r = runShell('zsh', `autoload -Uz compinit && compinit -u -d "$HOME/.zcompdump" && source <(mlops-study completion zsh) && print -r -- $_comps[mlops-study]`, env);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('_mlops-study');
  });
});

describe.skipIf(!hasShell('fish'))('fish', () => {
  const fish = (line: string, cwd?: string) => {
    const r = runShell('fish', `mlops-study completion fish | source; complete -C ${JSON.stringify(line)}`, shellEnv(learner, NOW), cwd);
    expect(r.stderr).toBe('');
    return r.stdout.split('\n').filter(Boolean);
  };

  it('lists candidates with their descriptions, in our order', () => {
    expect(fish('mlops-study check dvc-')).toEqual(['dvc-data-versioning\tVersion your data with DVC', 'dvc-install-basics\tdone · Install DVC and learn its basic commands']);
    expect(fish('mlops-study --lang ko show mlf')).toContain('mlflow\t도구: MLflow');
    expect(fish('mlops-study next --week ').map((l) => l.split('\t')[0])).toEqual(['1', '2', '3', '4', '5', '6']);
    // Not sorted by fish: the latest tick first.
    expect(fish('mlops-study check --undo ').map((l) => l.split('\t')[0])).toEqual(['git-mastery', 'dvc-install-basics']);
  });

  it('completes directories and guides where a command takes them', () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'my-course'));
    writeFileSync(join(cwd, 'guide.md'), '# Guide\n');
    writeFileSync(join(cwd, 'notes.txt'), 'x\n');
    expect(fish('mlops-study validate ', cwd).map((l) => l.split('\t')[0])).toEqual(['my-course/']);
    expect(fish('mlops-study import ', cwd).map((l) => l.split('\t')[0]).sort()).toEqual(['guide.md', 'my-course/']);
  });
});

describe.skipIf(!hasTmux)('typing Tab in a real shell', () => {
  let terminal: ShellTerminal | undefined;
  afterEach(() => terminal?.close());

  it.each((['bash', 'zsh', 'fish'] as ShellName[]).filter(hasShell))('%s: `mlops-study check dvc-d<Tab>` completes the ID, `dvc-<Tab>` lists both', async (shell) => {
    terminal = new ShellTerminal(shell, shellEnv(learner, NOW));
    await terminal.waitFor(/^[$%>]\s*$/m);
    terminal.type('mlops-study check dvc-d');
    terminal.send('Tab');
    await terminal.waitFor('mlops-study check dvc-data-versioning');
    terminal.send('C-u');
    terminal.type('mlops-study check dvc-');
    terminal.send('Tab');
    if (shell === 'bash') terminal.send('Tab'); // bash lists on the second Tab
    const screen = await terminal.waitFor('dvc-install-basics');
    expect(screen).toContain('dvc-data-versioning');
    if (shell !== 'bash') expect(screen).toContain('Version your data with DVC'); // zsh and fish show descriptions
  });
});
