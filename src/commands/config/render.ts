/** Renders the result of `config repair`. */
import type { Context } from '../../context.js';
import { sanitize, wrap } from '../../ui/text.js';
import type { RepairView } from './repair.js';

export function keptText(view: RepairView, lang: Context['lang']): string {
  const k = view.kept;
  const label = { ko: { repaired: '보존', healthy: '내용', other: '복구 가능' }, en: { repaired: 'Kept', healthy: 'It holds', other: 'Recoverable' } }[lang];
  const verb = view.state === 'repaired' && view.backup ? label.repaired : view.state === 'healthy' ? label.healthy : label.other;
  return lang === 'ko'
    ? `${verb}: 완료 항목 ${k.items}개, 퀴즈 카드 ${k.cards}개, 복습 기록 ${k.reviews}개 (커리큘럼 ${k.courses}개).`
    : `${verb}: ${k.items} ticked items, ${k.cards} quiz cards, ${k.reviews} reviews (${k.courses} curricula).`;
}

export function confirmText(view: RepairView, lang: Context['lang']): string {
  return `${keptText(view, lang)} ${lang === 'ko' ? '복구할까요? (원본은 옆에 백업됩니다)' : 'Repair the file? (the original is backed up beside it)'}`;
}

export function renderRepair(view: RepairView, ctx: Pick<Context, 'style' | 'columns' | 'lang'>): string {
  const { style, columns, lang } = ctx;
  const { c } = style;
  const ko = lang === 'ko';
  switch (view.state) {
    case 'missing':
      return ko ? `${view.file}: 아직 진행 상황 파일이 없습니다. 고칠 것이 없습니다.` : `${view.file} does not exist yet: nothing to repair.`;
    case 'healthy':
      return `${c.green(style.tick)} ${view.file}: ${ko ? '문제 없음' : 'the file is fine'}. ${keptText(view, lang)}`;
    case 'declined':
      return ko ? '아무것도 바꾸지 않았습니다.' : 'Nothing was changed.';
    case 'repaired': {
      const out = [`${c.green(style.tick)} ${ko ? '복구했습니다' : 'Repaired'}: ${view.file}`, ...wrap(keptText(view, lang), columns, '  ', '  ')];
      if (view.dropped.length) {
        out.push(`  ${ko ? '버린 것' : 'Dropped'}:`);
        for (const d of view.dropped.slice(0, 10)) out.push(...wrap(sanitize(d), columns, `    ${style.bullet} `));
        if (view.dropped.length > 10) out.push(`    … ${view.dropped.length - 10}`);
      }
      out.push(...wrap(`${ko ? '원본 백업' : 'Original kept as'}: ${view.backup}`, columns, '  ', '  '));
      return out.join('\n');
    }
  }
}
