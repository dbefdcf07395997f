/**
 * How this run was started, so that every command we print in a hint runs as
 * typed: `npx mlops-study …` through npx (or an npm script), `mlops-study …`
 * from the PATH, `node bin/mlops-study.js …` when started by path. Files that
 * other people read (`--md`) use the canonical `mlops-study …` instead.
 */
import { statSync } from 'node:fs';
import { posix, win32 } from 'node:path';

export type InvocationKind = 'npx' | 'path' | 'file' | 'canonical';

export interface Invocation {
  kind: InvocationKind;
  /** The words that start the program, e.g. ['npx', 'mlops-study']. */
  prefix: string[];
}

export const CANONICAL: Invocation = { kind: 'canonical', prefix: ['mlops-study'] };

export interface InvocationInput {
  /** process.argv[1]: the script node was given, as an absolute path. */
  script: string | undefined;
  env: NodeJS.ProcessEnv;
  cwd: string;
  home?: string;
  platform?: NodeJS.Platform;
  /** Is there a file at this path? (injected for tests) */
  isFile?: (path: string) => boolean;
}

const NAME = 'mlops-study';

function fileExists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function detectInvocation(input: InvocationInput): Invocation {
  const { script, env, cwd } = input;
  const platform = input.platform ?? process.platform;
  const isFile = input.isFile ?? fileExists;
  const { basename, delimiter, dirname, isAbsolute, join } = platform === 'win32' ? win32 : posix;
  // npx and `npm exec` set npm_command=exec (npm 7 and later) and npm_lifecycle_event=npx.
  if (env.npm_command === 'exec' || env.npm_lifecycle_event === 'npx') return { kind: 'npx', prefix: ['npx', NAME] };
  if (!script) return CANONICAL;
  const dir = dirname(script);
  const name = basename(script);
  // A project's node_modules/.bin (an npm script, or a dependency): npx finds it there.
  if (basename(dir) === '.bin' && basename(dirname(dir)) === 'node_modules') return { kind: 'npx', prefix: ['npx', NAME] };
  const path = (env.PATH ?? env.Path ?? '').split(delimiter).filter((d) => d && isAbsolute(d));
  const same = (a: string, b: string) => (platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b);
  const firstOnPath = (command: string, names: string[]) => path.find((d) => names.some((n) => isFile(join(d, n))));
  // A link or copy on the PATH (npm link, npm install -g, a symlink of one's own), if typing its name finds it.
  if (path.some((d) => same(d.replace(/[\\/]+$/, ''), dir))) {
    const command = platform === 'win32' ? name.replace(/\.(cmd|ps1|exe|js)$/i, '') : name;
    const found = firstOnPath(command, platform === 'win32' ? [command, `${command}.cmd`, `${command}.exe`] : [command]);
    if (found && same(found.replace(/[\\/]+$/, ''), dir)) return { kind: 'path', prefix: [command] };
  }
  // A global install run through npm's shim (Windows: PREFIX\node_modules\…, Unix: PREFIX/lib/node_modules/…).
  const global = new RegExp(`^(.*?)[\\\\/](?:lib[\\\\/])?node_modules[\\\\/]${NAME}[\\\\/]bin[\\\\/]${NAME}\\.js$`).exec(script);
  if (global) {
    const prefix = global[1]!;
    const bins = platform === 'win32' ? [prefix] : [join(prefix, 'bin')];
    const found = firstOnPath(NAME, platform === 'win32' ? [`${NAME}.cmd`, NAME] : [NAME]);
    if (found && bins.some((b) => same(found.replace(/[\\/]+$/, ''), b))) return { kind: 'path', prefix: [NAME] };
  }
  // Run by path: as typed from here, relative when it is below the current directory.
  const shown = displayScript(script, cwd, input.home, platform);
  // The TypeScript sources (npm run dev) run through tsx.
  if (/\.[cm]?ts$/.test(script)) return { kind: 'file', prefix: ['npx', 'tsx', shown] };
  return { kind: 'file', prefix: ['node', shown] };
}

function displayScript(script: string, cwd: string, home: string | undefined, platform: NodeJS.Platform): string {
  const { isAbsolute, relative, sep } = platform === 'win32' ? win32 : posix;
  const rel = relative(cwd, script);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return rel;
  if (home && platform !== 'win32' && script.startsWith(home + sep)) return `~${sep}${script.slice(home.length + 1)}`;
  return script;
}

let safePosixUnicode: RegExp | undefined;
let safeWindowsUnicode: RegExp | undefined;
const SAFE_POSIX_ASCII = /^[A-Za-z0-9@%+=:,./_~-]+$/;
const SAFE_WINDOWS_ASCII = /^[A-Za-z0-9@%+=:,./\\_~-]+$/;
const ASCII = /^[\0-\x7f]*$/;
// Hints print a command at every start, nearly always of ASCII words: those are
// decided without the Unicode classes, which V8 builds and compiles at each
// start (~0.3 ms), so they are made only for a word that needs them.
const SAFE_POSIX = { test: (word: string) => (ASCII.test(word) ? SAFE_POSIX_ASCII.test(word) : (safePosixUnicode ??= /^[\p{L}\p{N}@%+=:,./_~-]+$/u).test(word)) };
const SAFE_WINDOWS = { test: (word: string) => (ASCII.test(word) ? SAFE_WINDOWS_ASCII.test(word) : (safeWindowsUnicode ??= /^[\p{L}\p{N}@%+=:,./\\_~-]+$/u).test(word)) };

/** One word of a command line, quoted for the shell when it needs to be. */
export function shellWord(word: string, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return SAFE_WINDOWS.test(word) ? word : `"${word.replace(/"/g, '""')}"`;
  if (SAFE_POSIX.test(word) && !word.startsWith('~') && !word.includes('=~')) return word;
  // A path from the home directory stays expandable: ~/"my dir" would not, so only the rest is quoted.
  if (/^~\/[^'"]*$/.test(word) && !SAFE_POSIX.test(word)) return `~/'${word.slice(2).replace(/'/g, `'\\''`)}'`;
  if (/^~(\/|$)/.test(word) && SAFE_POSIX.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * A placeholder the learner replaces (`<id>`, `YYYY-MM-DD`, `N`) is printed
 * as it is: quoting it would suggest it is literal.
 */
export type CommandWord = string | { placeholder: string };

/** The command line for `args`, started the way this run was. The prefix is already shell-ready. */
export function commandLine(invocation: Invocation, args: readonly CommandWord[], platform: NodeJS.Platform = process.platform): string {
  const prefix = invocation.prefix.map((w, i) => (invocation.kind === 'file' && i === invocation.prefix.length - 1 ? shellWord(w, platform) : w));
  return [...prefix, ...args.map((a) => (typeof a === 'string' ? shellWord(a, platform) : a.placeholder))].join(' ');
}
