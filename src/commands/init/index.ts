/** `mlops-study init`: name, start date and language; asks in a terminal, takes flags otherwise. */
import { resolve } from 'node:path';
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { isLang, type Lang } from '../../i18n/lang.js';
import { messages } from '../../i18n/messages.js';
import { isCalendarDate } from '../../plan/dates.js';
import { updateProgress } from '../../progress/store.js';
import type { Profile } from '../../progress/types.js';

export interface InitOptions {
  start?: string;
  name?: string;
  lang?: string;
  groupDir?: string;
  yes?: boolean;
}

export interface InitView {
  before: Profile;
  after: Profile;
  saved: boolean;
  lang: Lang;
}

function checkStart(value: string | undefined, m: Context['m'], cmd: Context['cmd']): string | undefined {
  if (value !== undefined && !isCalendarDate(value)) {
    throw new UsageError(m.errStartDate(value), m.hintStartDate(cmd('init', '--start', '2026-12-01')));
  }
  return value;
}

export async function init(ctx: Context, options: InitOptions): Promise<InitView> {
  const before = ctx.progress().progress.profile;
  const start = checkStart(options.start, ctx.m, ctx.cmd);
  if (options.lang !== undefined && !isLang(options.lang)) throw new UsageError(`unknown language "${options.lang}"`, 'Use --lang ko or --lang en.');
  const flagged: Profile = {
    ...(options.name !== undefined ? { name: options.name.trim() } : {}),
    ...(start ? { startDate: start } : {}),
    ...(options.lang ? { lang: options.lang as Lang } : {}),
    ...(options.groupDir ? { groupDir: resolve(ctx.cwd, options.groupDir) } : {}),
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
  return { before, after, saved: changed, lang: after.lang ?? ctx.lang };
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
  const name = await prompts.input({ message: m.initName, default: current.name ?? '' });
  const startDate = await prompts.input({
    message: m.initStart,
    default: current.startDate ?? ctx.today,
    validate: (value) => (isCalendarDate(value.trim()) ? true : m.initNotDate),
  });
  return { ...current, lang, startDate: startDate.trim(), ...(name.trim() ? { name: name.trim() } : {}) };
}
