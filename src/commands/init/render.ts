/** Renders the profile before and after `init`. */
import type { Context } from '../../context.js';
import { messages } from '../../i18n/messages.js';
import type { Profile } from '../../progress/types.js';
import { terminalLine } from '../../ui/text.js';
import type { InitView } from './index.js';

export function renderProfile(profile: Profile, ctx: Pick<Context, 'style'>, lang: InitView['lang']): string[] {
  const m = messages(lang);
  const none = ctx.style.c.dim(m.notSet);
  return [
    `  name       ${profile.name ? terminalLine(profile.name) : none}`,
    `  startDate  ${profile.startDate ?? none}`,
    `  lang       ${profile.lang ?? none}`,
    `  groupDir   ${profile.groupDir ? terminalLine(profile.groupDir) : none}`,
  ];
}

export function renderInit(view: InitView, ctx: Pick<Context, 'style'>): string {
  const m = messages(view.lang);
  const { c } = ctx.style;
  const lines = [c.bold(m.initCurrent), ...renderProfile(view.after, ctx, view.lang)];
  lines.push('', view.saved ? c.green(`${ctx.style.tick} ${m.initSaved}`) : c.dim(m.nothingChanged));
  return lines.join('\n');
}
