/**
 * The only door to @inquirer/prompts. Commands ask through a Prompts object,
 * so tests can script answers; the real one loads inquirer lazily, refuses to
 * run without a terminal (inquirer would read piped input as keystrokes and
 * silently answer) and turns Ctrl+C into InterruptedError.
 */
import { InterruptedError, UsageError } from '../errors.js';

export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
  checked?: boolean;
  disabled?: boolean | string;
}

export interface Prompts {
  select<T>(options: { message: string; choices: Choice<T>[]; default?: T; pageSize?: number }): Promise<T>;
  checkbox<T>(options: { message: string; choices: Choice<T>[]; pageSize?: number; required?: boolean }): Promise<T[]>;
  input(options: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string>;
  confirm(options: { message: string; default?: boolean }): Promise<boolean>;
}

export function requireTerminal(stdinIsTTY: boolean, what: string, hint: string): void {
  if (!stdinIsTTY) throw new UsageError(`${what} needs an interactive terminal (stdin is not a terminal)`, hint);
}

async function guard<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if ((error as Error)?.name === 'ExitPromptError' || (error as Error)?.name === 'AbortPromptError') throw new InterruptedError('interrupted');
    throw error;
  }
}

export function terminalPrompts(): Prompts {
  const load = () => import('@inquirer/prompts');
  return {
    select: (o) => guard(async () => (await load()).select({ ...o, loop: false }) as never),
    checkbox: (o) => guard(async () => (await load()).checkbox({ ...o, loop: false }) as never),
    input: (o) => guard(async () => (await load()).input(o)),
    confirm: (o) => guard(async () => (await load()).confirm(o)),
  };
}
