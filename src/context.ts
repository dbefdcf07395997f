/**
 * Everything a command needs from the outside world, gathered once: clock,
 * language, paths, terminal. Commands take a Context instead of reaching for
 * process.* so tests can build one.
 */
import { join, resolve } from 'node:path';
import { UsageError } from './errors.js';
import { isLang, langFromEnv, type Lang } from './i18n/lang.js';
import { messages, type Messages } from './i18n/messages.js';
import { localDate } from './plan/dates.js';
import { cacheDir, progressFile } from './progress/paths.js';
import { readProgress, type ReadResult } from './progress/read.js';
import type { Progress } from './progress/types.js';
import { printError } from './ui/output.js';
import { colorLevel, loadStyle, unicodeSupported, type Style } from './ui/style.js';
import { keyOf, loadCached, loadCachedCatalog, loadCachedIndex } from './curriculum/cache.js';
import { loadCachedTopic, type TopicPage } from './curriculum/topic-cache.js';
import type { Curriculum, CurriculumCatalog, CurriculumIndex } from './curriculum/types.js';
import { terminalPrompts, type Prompts } from './ui/prompts.js';
import { unbreakable } from './ui/text.js';
import { CANONICAL, commandLine, type CommandWord, type Invocation } from './util/invocation.js';

export interface GlobalOptions {
  lang?: string;
  curriculum?: string;
  color?: boolean;
  /** false with --no-pager. */
  pager?: boolean;
}

export interface Context {
  env: NodeJS.ProcessEnv;
  cwd: string;
  now: Date;
  today: string;
  lang: Lang;
  m: Messages;
  style: Style;
  columns: number;
  /** Terminal height (for prompt page sizes); 24 when unknown. */
  rows: number;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  version: string;
  root: string;
  builtinCurriculum: string;
  curriculumDir: string;
  progressFile: string;
  cacheDir: string;
  /** Reads the progress file once (throws ProgressError when it is damaged). */
  progress(): ReadResult;
  /** After this run wrote the file: later progress() calls answer what was written. */
  remember(progress: Progress): void;
  /** A one-time note for the learner (stderr, so --json output stays clean). */
  notice(text: string): void;
  /** The active curriculum, from the JSON cache when the YAML is unchanged. */
  curriculum(): Promise<Curriculum>;
  /** The same without notes and question texts: all that next, status and check need. */
  curriculumIndex(): Promise<CurriculumIndex>;
  /** Tools, the lifecycle and resources in one language: what tools, resources and show need beyond the index. */
  catalog(): Promise<CurriculumCatalog>;
  /** One topic's notes page in this run's language (for `show <topic>`), without the whole curriculum. */
  topicPage(id: string): Promise<TopicPage | undefined>;
  prompts: Prompts;
  /** How this run was started (npx, PATH, a path), for the commands printed in hints. */
  invocation: Invocation;
  /**
   * A command for the terminal, started the way this run was and glued so
   * that wrapping never splits it: `ctx.cmd('show', id)` → `npx mlops-study show dvc-basics`.
   */
  cmd(...args: CommandWord[]): string;
  /** Where the language came from: the --lang flag, the profile, or the locale (LANG…). */
  langSource: LangSource;
}

export type LangSource = 'flag' | 'profile' | 'env' | 'default';

export interface Environment {
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  columns?: number;
  rows?: number;
  /** The progress file as already read during start-up (so it is read once). */
  progressRead?: ReadResult;
  /** The language of this run, once known (for the error report). */
  lang?: Lang;
  version: string;
  root: string;
  prompts?: Prompts;
  /** Where one-time notes go (default: stderr). */
  notice?: (text: string) => void;
  /** How this run was started; the canonical `mlops-study` when unknown (tests in-process). */
  invocation?: Invocation;
}

/** Width to lay text out in: the terminal's, else COLUMNS, else 80; kept between 20 and 120. */
export function outputColumns(environment: Pick<Environment, 'columns' | 'env'>): number {
  const envColumns = Number(environment.env.COLUMNS);
  return Math.max(20, Math.min(120, environment.columns ?? (envColumns > 0 ? envColumns : 80)));
}

export function clock(env: NodeJS.ProcessEnv): Date {
  // MLOPS_STUDY_NOW lets tests (and curious users) move the clock.
  const fixed = env.MLOPS_STUDY_NOW;
  if (fixed) {
    const date = new Date(fixed);
    if (Number.isNaN(date.getTime())) throw new UsageError(messages(langFromEnv(env) ?? 'en').errNow(fixed));
    return date;
  }
  return new Date();
}

/** Language: --lang, else the profile, else LANG/LC_ALL, else English. */
export function resolveLang(flag: string | undefined, profileLang: Lang | undefined, env: NodeJS.ProcessEnv): Lang {
  return langWithSource(flag, profileLang, env).lang;
}

export function langWithSource(flag: string | undefined, profileLang: Lang | undefined, env: NodeJS.ProcessEnv): { lang: Lang; source: LangSource } {
  if (flag !== undefined) {
    if (!isLang(flag)) {
      const m = messages(profileLang ?? langFromEnv(env) ?? 'en');
      throw new UsageError(m.errLang(flag), m.hintLang);
    }
    return { lang: flag, source: 'flag' };
  }
  if (profileLang) return { lang: profileLang, source: 'profile' };
  const fromEnv = langFromEnv(env);
  return fromEnv ? { lang: fromEnv, source: 'env' } : { lang: 'en', source: 'default' };
}

export async function createContext(environment: Environment, options: GlobalOptions): Promise<Context> {
  const { env } = environment;
  const file = progressFile(env);
  let progressCache: ReadResult | undefined = environment.progressRead;
  const now = clock(env);
  const progress = () => (progressCache ??= readProgress(file, now));
  let profileLang: Lang | undefined;
  try {
    profileLang = progress().progress.profile.lang;
  } catch {
    // A damaged file is reported by the command that needs it; the language just falls back.
  }
  const { lang, source: langSource } = langWithSource(options.lang, profileLang, env);
  environment.lang = lang;
  const invocation = environment.invocation ?? CANONICAL;
  const builtin = join(environment.root, 'curriculum');
  const curriculumDir = options.curriculum ?? env.MLOPS_STUDY_CURRICULUM ?? builtin;
  let curriculumPromise: Promise<Curriculum> | undefined;
  let indexPromise: Promise<CurriculumIndex> | undefined;
  let catalogPromise: Promise<CurriculumCatalog> | undefined;
  const cache = cacheDir(env);
  // The curriculum's cache key (its files' sizes and times), worked out once for every cache this run reads.
  let key: { value: string | undefined } | undefined;
  const cacheOptions = { cacheDir: cache, version: environment.version, key: () => (key ??= { value: keyOf(resolve(curriculumDir), environment.version) }).value };
  const level = colorLevel({ noColorFlag: options.color === false, env, isTTY: environment.stdoutIsTTY });
  return {
    env,
    cwd: environment.cwd,
    now,
    today: localDate(now),
    lang,
    m: messages(lang),
    style: await loadStyle(level, unicodeSupported(env)),
    columns: outputColumns(environment),
    rows: environment.rows ?? 24,
    stdinIsTTY: environment.stdinIsTTY,
    stdoutIsTTY: environment.stdoutIsTTY,
    version: environment.version,
    root: environment.root,
    builtinCurriculum: builtin,
    curriculumDir,
    progressFile: file,
    cacheDir: cache,
    progress,
    remember: (written) => {
      progressCache = { progress: written, fresh: false, newer: false };
    },
    notice: environment.notice ?? printError,
    prompts: environment.prompts ?? terminalPrompts(lang, outputColumns(environment)),
    invocation,
    cmd: (...args) => unbreakable(commandLine(invocation, args)),
    langSource,
    curriculum: () => (curriculumPromise ??= loadCached(curriculumDir, cacheOptions)),
    curriculumIndex: () => (indexPromise ??= loadCachedIndex(curriculumDir, { ...cacheOptions, lang })),
    topicPage: (id) => loadCachedTopic(curriculumDir, { ...cacheOptions, lang }, id),
    catalog: () => (catalogPromise ??= loadCachedCatalog(curriculumDir, { ...cacheOptions, lang })),
  };
}
