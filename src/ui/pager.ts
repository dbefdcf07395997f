/**
 * Long output in a terminal goes through `less -R` (colours kept), like git
 * does; without less, or with --no-pager, it is printed as is.
 */
import { spawn } from 'node:child_process';
import { terminalOutput } from '../util/untrusted.js';
import { print } from './output.js';

export interface PagerOptions {
  enabled: boolean;
  stdoutIsTTY: boolean;
  rows: number;
}

export async function page(text: string, options: PagerOptions): Promise<void> {
  const lines = text.split('\n').length;
  if (!options.enabled || !options.stdoutIsTTY || lines < options.rows) {
    print(text);
    return;
  }
  const shown = await new Promise<boolean>((resolve) => {
    // Our output is UTF-8 whatever the locale says (Korean text would show as <EC><A3>…).
    const env = { ...process.env, LESSCHARSET: process.env.LESSCHARSET ?? 'utf-8' };
    const less = spawn('less', ['-R'], { stdio: ['pipe', 'inherit', 'inherit'], env });
    less.on('error', () => resolve(false));
    less.on('close', () => resolve(true));
    less.stdin.on('error', () => undefined); // the reader quit early (q): fine
    less.stdin.end(`${terminalOutput(text)}\n`);
  });
  if (!shown) print(text);
}
