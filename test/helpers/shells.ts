/**
 * Real shells for the completion tests: `mlops-study` on PATH (a link to the
 * built binary), a clean environment, and an interactive shell in tmux with
 * the completion script loaded, to type into.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BIN, baseEnv, tempDir } from './cli.js';

export type ShellName = 'bash' | 'zsh' | 'fish';

export const hasShell = (shell: ShellName) => spawnSync(shell, ['-c', 'exit 0']).status === 0;

/** A directory holding `mlops-study`, as `npm link` or a global install would put it on PATH. */
export function binDir(): string {
  const dir = tempDir('bin-');
  symlinkSync(BIN, join(dir, 'mlops-study'));
  return dir;
}

/** The environment of a learner's shell: mlops-study and node on PATH, an isolated home, a clean HOME. */
export function shellEnv(home: string, extra: Record<string, string> = {}): Record<string, string> {
  const { PATH: _, ...base } = baseEnv(home);
  return { ...base, PATH: [binDir(), dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'].join(':'), HOME: tempDir('shell-home-'), TERM: 'xterm-256color', ...extra };
}

/** Runs a script in a shell, non-interactively; stdout and the exit code. */
export function runShell(shell: ShellName, script: string, env: Record<string, string>, cwd?: string): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(shell, shell === 'zsh' ? ['-f', '-c', script] : ['-c', script], { env, encoding: 'utf8', ...(cwd ? { cwd } : {}) });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** An interactive shell in tmux whose startup file loads the completion script. */
export class ShellTerminal {
  readonly socket = `mlops-shell-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;

  constructor(shell: ShellName, env: Record<string, string>, options: { cwd?: string; columns?: number } = {}) {
    const home = env.HOME!;
    let command: string;
    if (shell === 'bash') {
      writeFileSync(join(home, '.bashrc'), `PS1='$ '\nsource <(mlops-study completion bash)\n`);
      command = `bash --noprofile --rcfile ${join(home, '.bashrc')} -i`;
    } else if (shell === 'zsh') {
      mkdirSync(join(home, '.zfunc'), { recursive: true });
      writeFileSync(join(home, '.zfunc', '_mlops-study'), execFileSync('mlops-study', ['completion', 'zsh'], { env, encoding: 'utf8' }));
      writeFileSync(join(home, '.zshrc'), `fpath=(~/.zfunc $fpath)\nautoload -Uz compinit && compinit -u\nPROMPT='%% '\nunsetopt PROMPT_SP\n`);
      command = `env ZDOTDIR=${home} zsh -i`;
    } else {
      mkdirSync(join(home, '.config', 'fish', 'completions'), { recursive: true });
      writeFileSync(join(home, '.config', 'fish', 'completions', 'mlops-study.fish'), execFileSync('mlops-study', ['completion', 'fish'], { env, encoding: 'utf8' }));
      writeFileSync(join(home, '.config', 'fish', 'config.fish'), `function fish_prompt; echo -n '> '; end\nset -g fish_greeting\n`);
      command = 'fish -i';
    }
    const assignments = Object.entries(env).map(([k, v]) => `${k}=${quote(v)}`).join(' ');
    execFileSync('tmux', ['-L', this.socket, 'new-session', '-d', '-s', 't', '-x', String(options.columns ?? 100), '-y', '30', '-c', options.cwd ?? home, `env -i ${assignments} ${command}`]);
  }

  screen(): string {
    return execFileSync('tmux', ['-L', this.socket, 'capture-pane', '-p', '-t', 't'], { encoding: 'utf8' });
  }

  async waitFor(text: string | RegExp, timeoutMs = 15_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (typeof text === 'string' ? screen.includes(text) : text.test(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(text)}; screen:\n${screen}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  type(text: string): void {
    execFileSync('tmux', ['-L', this.socket, 'send-keys', '-t', 't', '-l', text]);
  }

  send(...keys: string[]): void {
    execFileSync('tmux', ['-L', this.socket, 'send-keys', '-t', 't', ...keys]);
  }

  close(): void {
    try {
      execFileSync('tmux', ['-L', this.socket, 'kill-server']);
    } catch {
      // already gone
    }
  }
}

function quote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
