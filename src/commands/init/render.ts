/** Renders the settings before and after `init`, each with where it comes from. */
import type { Context } from '../../context.js';
import type { Lang } from '../../i18n/lang.js';
import { messages } from '../../i18n/messages.js';
import { padEnd, terminalLine, width } from '../../ui/text.js';
import type { InitView, Setting } from './index.js';

export function renderSettings(list: Setting[], ctx: Pick<Context, 'style'>, lang: Lang): string[] {
  const m = messages(lang);
  const { c } = ctx.style;
  const labelWidth = Math.max(...list.map((s) => width(m.initLabels[s.key])));
  return list.map((s) => {
    const value =
      s.value === undefined ? c.dim(s.key === 'startDate' ? m.initStartUnset : m.notSet) : s.key === 'lang' ? m.langName(s.value) : terminalLine(s.value);
    const from =
      s.source === 'flag' ? m.initFromFlag(s.from!) : s.source === 'profile' ? m.initFromProfile : s.source === 'today' ? m.initFromToday : s.source === 'env' ? m.initFromEnv(s.from!) : s.source === 'default' ? m.initFromDefault : '';
    return `  ${padEnd(m.initLabels[s.key], labelWidth)}  ${value}${from ? ` ${c.dim(`(${from})`)}` : ''}`;
  });
}

export function renderInit(view: InitView, ctx: Pick<Context, 'style'>): string {
  const m = messages(view.lang);
  const { c } = ctx.style;
  const lines = [c.bold(m.initCurrent), ...renderSettings(view.settings, ctx, view.lang)];
  lines.push('', view.saved ? c.green(`${ctx.style.tick} ${m.initSaved}`) : c.dim(m.nothingChanged));
  return lines.join('\n');
}
