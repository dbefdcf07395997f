/**
 * Drives the real binary in a real terminal (tmux), for interactive flows:
 * start it, wait for text on the screen, send keys, read the exit code.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, baseEnv, tempDir } from './cli.js';

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

let counter = 0;

export class Terminal {
  readonly socket = `mlops-test-${process.pid}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;
  readonly session = 't';
  private readonly exitFile: string;

  constructor(args: string[], options: { home: string; env?: Record<string, string>; columns?: number; rows?: number; cwd?: string }) {
    const dir = tempDir('tmux-');
    this.exitFile = join(dir, 'exit');
    // A real terminal has colour unless the test asks for NO_COLOR.
    const { NO_COLOR: _, ...base } = baseEnv(options.home);
    const env = { ...base, TERM: 'xterm-256color', ...options.env };
    const assignments = Object.entries(env).map(([k, v]) => `${k}=${shellQuote(v)}`).join(' ');
    const command = `env -i ${assignments} ${shellQuote(process.execPath)} ${shellQuote(BIN)} ${args.map(shellQuote).join(' ')}; echo $? > ${shellQuote(this.exitFile)}; sleep 30`;
    this.tmux('new-session', '-d', '-s', this.session, '-x', String(options.columns ?? 100), '-y', String(options.rows ?? 30), ...(options.cwd ? ['-c', options.cwd] : []), command);
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });
  }

  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', this.session);
  }

  /** Waits until the text is on screen; the time limit only ends a hang (a busy machine is slow, not wrong). */
  async waitFor(text: string | RegExp | ((screen: string) => boolean), timeoutMs = 120_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (typeof text === 'string' ? screen.includes(text) : typeof text === 'function' ? text(screen) : text.test(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(text)}; screen:\n${screen}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  send(...keys: string[]): void {
    this.tmux('send-keys', '-t', this.session, ...keys);
  }

  /** Types text literally (no key-name interpretation). */
  type(text: string): void {
    this.tmux('send-keys', '-t', this.session, '-l', text);
  }

  async exitCode(timeoutMs = 120_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (!existsSync(this.exitFile) || !readFileSync(this.exitFile, 'utf8').trim()) {
      if (Date.now() > deadline) throw new Error(`the program did not exit; screen:\n${this.screen()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return Number(readFileSync(this.exitFile, 'utf8').trim());
  }

  close(): void {
    try {
      this.tmux('kill-server');
    } catch {
      // already gone
    }
  }
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
