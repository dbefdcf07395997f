/** `mlops-study init`: name, start date and language; asks in a terminal, takes flags otherwise. */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { isLang, langFromEnv, type Lang } from '../../i18n/lang.js';
import { messages } from '../../i18n/messages.js';
import { isCalendarDate, startDateRange } from '../../plan/dates.js';
import { nameMessage } from '../export/name.js';
import { updateProgress } from '../../progress/store.js';
import type { Profile } from '../../progress/types.js';

export interface InitOptions {
  start?: string;
  name?: string;
  lang?: string;
  groupDir?: string;
  project?: string;
  yes?: boolean;
}

export interface InitView {
  before: Profile;
  after: Profile;
  saved: boolean;
  lang: Lang;
  /** The settings in effect after init, each with where it comes from. */
  settings: Setting[];
}

export type SettingKey = 'name' | 'startDate' | 'lang' | 'groupDir' | 'projectDir';

export interface Setting {
  key: SettingKey;
  value?: string;
  /** flag: given now; profile: saved before; env: a variable, not saved; default: nothing set. */
  source: 'flag' | 'profile' | 'today' | 'env' | 'default' | 'unset';
  /** The flag or the variable (with its value for a locale). */
  from?: string;
}

const FLAGS: Record<SettingKey, string> = { name: '--name', startDate: '--start', lang: '--lang', groupDir: '--group-dir', projectDir: '--project' };

/** What is in effect: the profile, else the environment (MLOPS_STUDY_GROUP_DIR, LANG…), each with its source. */
export function settings(profile: Profile, flagged: readonly SettingKey[], env: NodeJS.ProcessEnv, today: readonly SettingKey[] = []): Setting[] {
  const saved = (key: SettingKey): Setting | undefined => {
    const value = profile[key];
    if (value === undefined || value === '') return undefined;
    if (flagged.includes(key)) return { key, value, source: 'flag', from: FLAGS[key] };
    return { key, value, source: today.includes(key) ? 'today' : 'profile' };
  };
  const locale = (['LC_ALL', 'LC_MESSAGES', 'LANG'] as const).find((k) => env[k]);
  const fromEnvLang = langFromEnv(env);
  return [
    saved('name') ?? { key: 'name', source: 'unset' },
    saved('startDate') ?? { key: 'startDate', source: 'unset' },
    saved('lang') ?? (fromEnvLang && locale ? { key: 'lang', value: fromEnvLang, source: 'env', from: `${locale}=${env[locale]}` } : { key: 'lang', value: 'en', source: 'default' }),
    saved('groupDir') ?? (env.MLOPS_STUDY_GROUP_DIR ? { key: 'groupDir', value: env.MLOPS_STUDY_GROUP_DIR, source: 'env', from: 'MLOPS_STUDY_GROUP_DIR' } : { key: 'groupDir', source: 'unset' }),
    saved('projectDir') ?? { key: 'projectDir', source: 'unset' },
  ];
}

function checkStart(value: string | undefined, ctx: Context): string | undefined {
  const { m } = ctx;
  if (value !== undefined && !isCalendarDate(value)) {
    throw new UsageError(m.errStartDate(value), m.hintStartDate(ctx.cmd('init', '--start', '2026-12-01')));
  }
  if (value !== undefined) {
    const { min, max } = startDateRange(ctx.today);
    if (value < min || value > max) throw new UsageError(m.errStartRange(value, min, max), m.hintStartDate(ctx.cmd('init', '--start', ctx.today)));
  }
  return value;
}

/** A start date typed at the prompt: a real date within the range, else what to fix. */
function startMessage(value: string, ctx: Context, m: Context['m']): true | string {
  if (!isCalendarDate(value)) return m.initNotDate;
  const { min, max } = startDateRange(ctx.today);
  return value < min || value > max ? m.initStartRange(min, max) : true;
}

export async function init(ctx: Context, options: InitOptions): Promise<InitView> {
  const before = ctx.progress().progress.profile;
  const start = checkStart(options.start, ctx);
  // The name is shown on every member's board: one line of plain text, of a sensible length.
  const nameError = options.name !== undefined && options.name.trim() ? nameMessage(options.name, ctx.m) : undefined;
  if (nameError) throw new UsageError(ctx.m.errName(nameError), ctx.m.hintName(ctx.cmd('init', '--name', ctx.lang === 'ko' ? '김지민' : 'Jimin Kim')));
  if (options.lang !== undefined && !isLang(options.lang)) throw new UsageError(ctx.m.errLang(options.lang), ctx.m.hintLang);
  // The project verify checks (issue 18): it must be there now.
  const project = options.project === undefined ? undefined : resolve(ctx.cwd, options.project);
  if (project !== undefined && !(existsSync(project) && statSync(project).isDirectory())) throw new UsageError(ctx.m.errVerifyNotDir(project), ctx.m.hintVerifySaved(ctx.cmd('init', '--project', { placeholder: 'DIR' })));
  const flagged: Profile = {
    ...(options.name !== undefined ? { name: options.name.trim() } : {}),
    ...(start ? { startDate: start } : {}),
    ...(options.lang ? { lang: options.lang as Lang } : {}),
    ...(options.groupDir ? { groupDir: resolve(ctx.cwd, options.groupDir) } : {}),
    ...(project ? { projectDir: project } : {}),
  };
  let wanted: Profile;
  if (options.yes || Object.keys(flagged).length && !ctx.stdinIsTTY) {
    wanted = { ...before, ...flagged };
    wanted.startDate ??= ctx.today;
  } else if (ctx.stdinIsTTY) {
    wanted = await ask(ctx, { ...before, ...flagged });
  } else {
    throw new UsageError(ctx.m.errInitNeedsInput, ctx.m.hintInitFlags(ctx.cmd('init', '--start', '2026-12-01', '--name', ctx.lang === 'ko' ? '지민' : 'Jimin', '--lang', ctx.lang)));
  }
  const after: Profile = { ...before, ...wanted };
  const changed = JSON.stringify(after) !== JSON.stringify(before);
  if (changed) {
    await updateProgress(ctx.progressFile, (p) => {
      p.profile = { ...p.profile, ...wanted };
    }, { now: ctx.now });
  }
  const flags = (Object.keys(flagged) as SettingKey[]).filter((k) => k in FLAGS);
  const today: SettingKey[] = before.startDate === undefined && after.startDate === ctx.today && !flags.includes('startDate') ? ['startDate'] : [];
  return { before, after, saved: changed, lang: after.lang ?? ctx.lang, settings: settings(after, flags, ctx.env, today) };
}

async function ask(ctx: Context, current: Profile): Promise<Profile> {
  const { prompts } = ctx;
  const lang = await prompts.select<Lang>({
    message: ctx.m.initLang,
    choices: [
      { value: 'ko', name: '한국어 (ko)' },
      { value: 'en', name: 'English (en)' },
    ],
    default: current.lang ?? ctx.lang,
  });
  const m = messages(lang);
  const name = await prompts.input({ message: m.initName, default: current.name ?? '', validate: (value) => (!value.trim() ? true : (nameMessage(value, m) ?? true)) });
  const startDate = await prompts.input({
    message: m.initStart,
    default: current.startDate ?? ctx.today,
    validate: (value) => startMessage(value.trim(), ctx, m),
  });
  return { ...current, lang, startDate: startDate.trim(), ...(name.trim() ? { name: name.trim() } : {}) };
}
