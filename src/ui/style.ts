/**
 * Colour and symbols. Colour is off for --no-color, NO_COLOR, non-terminal
 * stdout or TERM=dumb, and forced by FORCE_COLOR.
 */
import type { ChalkInstance } from 'chalk';

export interface StyleOptions {
  noColorFlag: boolean;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
}

export function colorLevel({ noColorFlag, env, isTTY }: StyleOptions): 0 | 1 | 2 | 3 {
  if (noColorFlag) return 0;
  if ('FORCE_COLOR' in env) {
    const force = env.FORCE_COLOR;
    if (force === '0' || force === 'false') return 0;
    if (force === '2') return 2;
    if (force === '3') return 3;
    return 1;
  }
  if (env.NO_COLOR) return 0;
  if (!isTTY || env.TERM === 'dumb') return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  return /-256(color)?$/i.test(env.TERM ?? '') ? 2 : 1;
}

export function unicodeSupported(env: NodeJS.ProcessEnv, platform = process.platform): boolean {
  if (platform !== 'win32') return env.TERM !== 'linux' && env.TERM !== 'dumb';
  return Boolean(env.WT_SESSION || env.TERMINUS_SUBLIME || env.TERM_PROGRAM === 'vscode' || env.TERM === 'xterm-256color');
}

export interface Style {
  c: ChalkInstance;
  unicode: boolean;
  tick: string;
  cross: string;
  box: string;
  bullet: string;
  arrow: string;
}

/**
 * Without colour every style is the identity: a callable that returns its
 * text and answers any chained property (c.bold.cyan) with itself.
 */
const plain: ChalkInstance = new Proxy(((...text: unknown[]) => text.join(' ')) as unknown as ChalkInstance, {
  get: (_target, key) => (key === 'level' ? 0 : plain),
});

export function plainStyle(unicode = true): Style {
  return createStyle(plain, unicode);
}

/** chalk is loaded only when there is colour to print. */
export async function loadStyle(level: 0 | 1 | 2 | 3, unicode: boolean): Promise<Style> {
  if (level === 0) return createStyle(plain, unicode);
  const { Chalk } = await import('chalk');
  return createStyle(new Chalk({ level }), unicode);
}

export function createStyle(c: ChalkInstance, unicode: boolean): Style {
  return {
    c,
    unicode,
    tick: unicode ? '✔' : 'v',
    cross: unicode ? '✘' : 'x',
    box: unicode ? '☐' : '[ ]',
    bullet: unicode ? '•' : '*',
    arrow: unicode ? '→' : '->',
  };
}

/** A progress bar of `columns` cells; pure text so it lines up in any language. */
export function bar(style: Style, done: number, total: number, columns: number): string {
  const ratio = total === 0 ? 0 : done / total;
  const filled = Math.round(ratio * columns);
  const [on, off] = style.unicode ? ['█', '░'] : ['#', '-'];
  return style.c.green(on.repeat(filled)) + style.c.dim(off.repeat(columns - filled));
}

export function percent(done: number, total: number): string {
  return `${total === 0 ? 0 : Math.floor((done / total) * 100)}%`;
}
