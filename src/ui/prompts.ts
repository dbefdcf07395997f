/**
 * The only door to @inquirer/prompts. Commands ask through a Prompts object,
 * so tests can script answers; the real one loads inquirer lazily, refuses to
 * run without a terminal (inquirer would read piped input as keystrokes and
 * silently answer) and turns Ctrl+C into InterruptedError.
 */
import { InterruptedError, UsageError } from '../errors.js';
import { messages } from '../i18n/messages.js';
import { GLUE, wrap } from './text.js';

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
  /** Puts choices in order; resolves to their values in the chosen order. */
  order(options: { message: string; choices: { value: string; name: string }[]; help?: string }): Promise<string[]>;
  /** A menu with a key per choice; undefined when the learner quits (q, Esc). */
  menu(options: { message: string; choices: { value: string; name: string; key: string }[]; help: string; quitName: string }): Promise<string | undefined>;
}

/** `message` says what needs the terminal; the hint, what to do instead. */
export function requireTerminal(stdinIsTTY: boolean, message: string, hint: string): void {
  if (!stdinIsTTY) throw new UsageError(message, hint);
}

async function guard<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if ((error as Error)?.name === 'ExitPromptError' || (error as Error)?.name === 'AbortPromptError') throw new InterruptedError('interrupted');
    throw error;
  }
}


/** Inquirer prompts whose key hints speak the learner's language. */
export function terminalPrompts(lang: 'ko' | 'en' = 'en', columns = 80): Prompts {
  const load = () => import('./inquirer.js');
  const k = messages(lang).promptKeys;
  // Each key stays with its action when the line wraps in a narrow terminal.
  const tip = (keys: [string, string][]) => wrap(keys.map(([key, action]) => `${key}${GLUE}${action}`).join(' • '), columns - 1).join('\n');
  // An answered prompt keeps a neutral mark: inquirer's ✔ would read as "correct" above a wrong quiz answer.
  const prefix = { idle: '?', done: '›' };
  const selectTheme = { prefix, style: { keysHelpTip: () => tip([['↑↓', k.navigate], ['⏎', k.select]]) } };
  const checkboxTheme = { prefix, style: { keysHelpTip: () => tip([['↑↓', k.navigate], [k.space, k.toggle], ['a', k.all], ['i', k.invert], ['⏎', k.submit]]) } };
  return {
    select: (o) => guard(async () => (await load()).select({ ...o, loop: false, theme: selectTheme }) as never),
    checkbox: (o) => guard(async () => (await load()).checkbox({ ...o, loop: false, theme: checkboxTheme }) as never),
    input: (o) => guard(async () => (await load()).input({ ...o, theme: { prefix } })),
    confirm: (o) => guard(async () => (await load()).confirm({ ...o, theme: { prefix } })),
    order: (o) => guard(async () => (await import('./order-prompt.js')).default(o)),
    menu: (o) => guard(async () => (await import('./menu-prompt.js')).default(o)),
  };
}
