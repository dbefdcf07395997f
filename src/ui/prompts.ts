/**
 * The only door to @inquirer/prompts. Commands ask through a Prompts object,
 * so tests can script answers; the real one loads inquirer lazily, refuses to
 * run without a terminal (inquirer would read piped input as keystrokes and
 * silently answer) and turns Ctrl+C into InterruptedError.
 */
import { styleText } from 'node:util';
import { InterruptedError, UsageError } from '../errors.js';
import { messages } from '../i18n/messages.js';
import { echoAnswer } from './echo.js';
import { GLUE, wrap } from './text.js';

export interface Choice<T> {
  value: T;
  name: string;
  /** What the answered prompt echoes (default: the name, unwrapped). */
  short?: string;
  description?: string;
  checked?: boolean;
  disabled?: boolean | string;
}

export interface Prompts {
  select<T>(options: { message: string; choices: Choice<T>[]; default?: T; pageSize?: number }): Promise<T>;
  checkbox<T>(options: { message: string; choices: Choice<T>[]; pageSize?: number; required?: boolean; validate?: (values: T[]) => true | string }): Promise<T[]>;
  input(options: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string>;
  confirm(options: { message: string; default?: boolean }): Promise<boolean>;
  /** Puts choices in order; resolves to their values in the chosen order (`[]` when `skipKey` was pressed). */
  order(options: { message: string; choices: { value: string; name: string; short?: string }[]; help?: string; skipKey?: string }): Promise<string[]>;
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

/** Choices echo their plain text, not the name pre-wrapped for the list. */
function withShort<T extends { name: string; short?: string }>(choices: T[]): T[] {
  return choices.map((c) => ({ ...c, short: (c.short ?? c.name).replace(/\s*\n\s*/g, ' ') }));
}

/** Inquirer prompts whose key hints speak the learner's language, and whose answers wrap to `columns`. */
export function terminalPrompts(lang: 'ko' | 'en' = 'en', columns = 80): Prompts {
  const load = () => import('./inquirer.js');
  const k = messages(lang).promptKeys;
  // Each key stays with its action when the line wraps in a narrow terminal.
  const tip = (keys: [string, string][]) => wrap(keys.map(([key, action]) => `${key}${GLUE}${action}`).join(' • '), columns - 1).join('\n');
  // An answered prompt keeps a neutral mark: inquirer's ✔ would read as "correct" above a wrong quiz answer.
  const prefix = { idle: '?', done: '›' };
  const answer = (message: string) => (text: string) => echoAnswer(message, text, columns).split('\n').map((line) => (line.trim() ? styleText('cyan', line) : line)).join('\n');
  const selectTheme = (message: string) => ({ prefix, style: { answer: answer(message), keysHelpTip: () => tip([['↑↓', k.navigate], ['⏎', k.select]]) } });
  const checkboxTheme = (message: string) => ({
    prefix,
    style: {
      answer: answer(message),
      renderSelectedChoices: (selected: { short: string }[]) => selected.map((c) => c.short).join(', '),
      keysHelpTip: () => tip([['↑↓', k.navigate], [k.space, k.toggle], ['a', k.all], ['i', k.invert], ['⏎', k.submit]]),
    },
  });
  return {
    select: (o) => guard(async () => (await load()).select({ ...o, choices: withShort(o.choices), loop: false, theme: selectTheme(o.message) }) as never),
    checkbox: ({ validate, ...o }) =>
      guard(async () =>
        (await load()).checkbox({
          ...o,
          choices: withShort(o.choices),
          loop: false,
          theme: checkboxTheme(o.message),
          ...(validate ? { validate: (items: readonly { value: unknown }[]) => validate(items.map((i) => i.value) as never) } : {}),
        }) as never,
      ),
    input: (o) => guard(async () => (await load()).input({ ...o, theme: { prefix, style: { answer: answer(o.message) } } })),
    confirm: (o) => guard(async () => (await load()).confirm({ ...o, theme: { prefix } })),
    order: (o) => guard(async () => (await import('./order-prompt.js')).default({ ...o, choices: withShort(o.choices), columns })),
    menu: (o) => guard(async () => (await import('./menu-prompt.js')).default(o)),
  };
}
