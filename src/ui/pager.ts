/**
 * Long output in a terminal goes through a pager, the way git does it:
 * MLOPS_STUDY_PAGER, else PAGER, else less; run through the shell (so
 * `PAGER='less -S'` works); `cat` or an empty value means no pager; LESS=FRX
 * unless LESS is set (short text is printed and stays on the screen after q,
 * colours pass through). A pager that cannot start prints the text directly.
 *
 * Loaded only when the output is taller than the terminal (see needsPager),
 * so short runs of the daily commands never load it.
 */
import { spawn } from 'node:child_process';
import { terminalOutput } from '../util/untrusted.js';
import { print } from './output.js';
import { unglue } from './text.js';

export interface PagerChoice {
  /** The command line to run, or undefined for none. */
  command?: string;
  /** Where it came from, for doctor. */
  source: 'MLOPS_STUDY_PAGER' | 'PAGER' | 'default';
}

export function pagerChoice(env: NodeJS.ProcessEnv): PagerChoice {
  const [value, source] =
    env.MLOPS_STUDY_PAGER !== undefined ? [env.MLOPS_STUDY_PAGER, 'MLOPS_STUDY_PAGER' as const] : env.PAGER !== undefined ? [env.PAGER, 'PAGER' as const] : ['less', 'default' as const];
  const command = value.trim();
  return command === '' || command === 'cat' ? { source } : { command, source };
}

export async function page(text: string, env: NodeJS.ProcessEnv): Promise<void> {
  const { command } = pagerChoice(env);
  if (!command) return print(text);
  const shown = await new Promise<boolean>((resolve) => {
    const pagerEnv = {
      ...env,
      LESS: env.LESS ?? 'FRX',
      LV: env.LV ?? '-c',
      // Our output is UTF-8 whatever the locale says (Korean text would show as <EC><A3>…).
      LESSCHARSET: env.LESSCHARSET ?? 'utf-8',
    };
    const pager = spawn(command, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env: pagerEnv });
    let started = true;
    pager.on('error', () => {
      started = false;
      resolve(false);
    });
    // A shell that cannot find the pager exits 127 without showing anything.
    pager.on('close', (code) => resolve(started && code !== 127));
    pager.stdin.on('error', () => undefined); // the reader quit early (q): fine
    pager.stdin.end(`${terminalOutput(unglue(text))}\n`);
  });
  if (!shown) print(text);
}
