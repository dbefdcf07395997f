/**
 * Answers that must come quicker than the CLI can be set up (issue 20): the
 * shell's Tab (`__complete <words…>`) and a prompt's status line
 * (`status --short`). src/index.ts asks here first, like `--version`: no
 * commander, no Context, no colour; the progress file is only peeked at (no
 * side effect) and the curriculum comes from the per-language caches, so
 * yaml and zod load only when a cache must be rebuilt (the first Tab after an
 * install, an upgrade or a curriculum edit).
 *
 * Neither ever prints to stderr: a prompt or a completion that spews errors is
 * worse than one that says little. `__complete` always exits 0.
 */
import { join, resolve } from 'node:path';
import { clock } from './context.js';
import { loadCachedCatalog, loadCachedIndex } from './curriculum/cache.js';
import { isLang, langFromEnv, type Lang } from './i18n/lang.js';
import { messages } from './i18n/messages.js';
import { localDate } from './plan/dates.js';
import { cacheDir, progressFile } from './progress/paths.js';
import { peekProgress } from './progress/peek.js';
import { complete, formatCompletion } from './commands/complete/index.js';
import { shortProblem, shortStatus } from './commands/status/short.js';
import { print, printRaw } from './ui/output.js';
import { unicodeSupported } from './ui/style.js';

export interface FastEnvironment {
  env: NodeJS.ProcessEnv;
  /** The working directory; throws when it was deleted under the shell. */
  cwd: () => string;
  root: string;
  version: string;
}

/** Runs a fast path and returns its exit code, or undefined when `args` is for the full CLI. */
export async function fastPath(args: string[], environment: FastEnvironment): Promise<number | undefined> {
  if (args[0] === '__complete') {
    printRaw(`${formatCompletion(await completeWords(args.slice(1), environment))}\n`);
    return 0;
  }
  const short = shortStatusArgs(args);
  if (!short) return undefined;
  const { text, code } = await shortStatusLine(environment, short);
  print(text);
  return code;
}

async function completeWords(words: string[], environment: FastEnvironment) {
  const { env } = environment;
  const peeked = peekProgress(progressFile(env));
  const progress = peeked.ok ? peeked.progress : undefined;
  const today = localDate(safeClock(env));
  const options = (lang: Lang) => ({ cacheDir: cacheDir(env), version: environment.version, lang });
  try {
    return await complete(words.length ? words : [''], {
      lang: langFromEnv(env) ?? 'en',
      today,
      progress,
      index: (dir, lang) => quietly(() => loadCachedIndex(curriculumDir(environment, dir), options(lang))),
      catalog: (dir, lang) => quietly(() => loadCachedCatalog(curriculumDir(environment, dir), options(lang))),
    });
  } catch {
    return { candidates: [], directive: 0 };
  }
}

/** `status --short` with nothing but global options, else undefined (the full CLI then explains what is wrong). */
function shortStatusArgs(args: string[]): { lang?: string; curriculum?: string } | undefined {
  const found: { lang?: string; curriculum?: string } = {};
  let command = false;
  let short = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (arg === 'status' && !command) command = true;
    else if (arg === '--short') short = true;
    else if (arg === '--no-color' || arg === '--no-pager') continue;
    else if (flag === '--lang' || flag === '--curriculum') {
      const value = inline ?? args[++i];
      if (value === undefined) return undefined;
      found[flag === '--lang' ? 'lang' : 'curriculum'] = value;
    } else return undefined;
  }
  if (!command || !short || (found.lang !== undefined && !isLang(found.lang))) return undefined;
  return found;
}

/** The line and the exit code: 1 with a pointer to `doctor` when the progress file or the curriculum cannot be read. */
export async function shortStatusLine(environment: FastEnvironment, flags: { lang?: string; curriculum?: string }): Promise<{ text: string; code: number }> {
  const { env } = environment;
  const problem = { text: shortProblem(unicodeSupported(env)), code: 1 };
  const peeked = peekProgress(progressFile(env));
  if (!peeked.ok) return problem;
  const { progress } = peeked;
  const lang: Lang = isLang(flags.lang) ? flags.lang : (progress.profile.lang ?? langFromEnv(env) ?? 'en');
  try {
    const now = clock(env);
    const dir = curriculumDir(environment, flags.curriculum);
    const curriculum = await loadCachedIndex(dir, { cacheDir: cacheDir(env), version: environment.version, lang });
    return { text: shortStatus({ curriculum, progress, now, today: localDate(now), m: messages(lang) }), code: 0 };
  } catch {
    return problem;
  }
}

/** --curriculum (relative to where the command runs), else MLOPS_STUDY_CURRICULUM, else the built-in course. */
function curriculumDir(environment: FastEnvironment, flag: string | undefined): string {
  if (flag !== undefined) return resolve(environment.cwd(), flag);
  return environment.env.MLOPS_STUDY_CURRICULUM ?? join(environment.root, 'curriculum');
}

function safeClock(env: NodeJS.ProcessEnv): Date {
  try {
    return clock(env);
  } catch {
    return new Date();
  }
}

async function quietly<T>(load: () => Promise<T>): Promise<T | undefined> {
  try {
    return await load();
  } catch {
    return undefined;
  }
}
