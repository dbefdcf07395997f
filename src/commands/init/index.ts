/** `mlops-study init`: name, start date and language; asks in a terminal, takes flags otherwise. */
import { resolve } from 'node:path';
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { isLang, type Lang } from '../../i18n/lang.js';
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
  yes?: boolean;
}

export interface InitView {
  before: Profile;
  after: Profile;
  saved: boolean;
  lang: Lang;
}

function checkStart(value: string | undefined, ctx: Context): string | undefined {
  const { m } = ctx;
  if (value !== undefined && !isCalendarDate(value)) {
    throw new UsageError(m.errStartDate(value), m.hintStartDate);
  }
  if (value !== undefined) {
    const { min, max } = startDateRange(ctx.today);
    if (value < min || value > max) throw new UsageError(m.errStartRange(value, min, max), m.hintStartDate);
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
  if (nameError) throw new UsageError(ctx.m.errName(nameError), ctx.m.hintName);
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
    throw new UsageError(ctx.m.errInitNeedsInput, ctx.m.hintInitFlags);
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
  const name = await prompts.input({ message: m.initName, default: current.name ?? '', validate: (value) => (!value.trim() ? true : (nameMessage(value, m) ?? true)) });
  const startDate = await prompts.input({
    message: m.initStart,
    default: current.startDate ?? ctx.today,
    validate: (value) => startMessage(value.trim(), ctx, m),
  });
  return { ...current, lang, startDate: startDate.trim(), ...(name.trim() ? { name: name.trim() } : {}) };
}
