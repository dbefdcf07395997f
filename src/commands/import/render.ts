/** The import report: what was made, from which structure, and what was skipped, with line numbers. */
import type { Context } from '../../context.js';
import { displayPath } from '../../curriculum/files.js';
import { sanitize, terminalLine, wrap } from '../../ui/text.js';
import type { ImportView } from './index.js';

const STRUCTURE = {
  en: { headings: 'headings that name weeks, stages or modules', table: 'rows of a week table', list: 'items of a plan list', sections: 'the top-level sections (no weeks found)' },
  ko: { headings: '주차·단계·모듈을 가리키는 제목', table: '주차 표의 행', list: '계획 목록의 항목', sections: '최상위 섹션 (주차 구조를 찾지 못함)' },
};

export function renderImport(view: ImportView, ctx: Pick<Context, 'style' | 'columns' | 'lang' | 'cwd'>): string {
  const { style, columns, lang } = ctx;
  const { c } = style;
  const r = view.result.report;
  const ko = lang === 'ko';
  // File names are text from outside too: shown, never acted on.
  const dir = terminalLine(displayPath(view.dir, ctx.cwd));
  const out = [
    `${c.green(style.tick)} ${ko ? '가져왔습니다' : 'Imported'} ${terminalLine(displayPath(view.source, ctx.cwd))} ${style.arrow} ${dir}`,
    ...wrap(
      ko
        ? `${r.weeks}개 주차, 주제 ${r.topics}개, 체크리스트 항목 ${r.items}개, 자료 ${r.resources}개 · 주차 기준: ${STRUCTURE.ko[r.structure]}`
        : `${r.weeks} weeks, ${r.topics} topics, ${r.items} checklist items, ${r.resources} resources · weeks from ${STRUCTURE.en[r.structure]}`,
      columns,
      '  ',
      '  ',
    ),
  ];
  if (view.progressSaved) out.push(`  ${ko ? `완료로 표시된 항목 ${view.progressSaved}개를 진행 상황에 저장했습니다.` : `${view.progressSaved} checked items were saved as done in your progress.`}`);
  for (const [label, lines] of [[ko ? '참고' : 'Notes', r.notes], [ko ? '건너뜀' : 'Skipped', r.skipped]] as const) {
    if (!lines.length) continue;
    out.push('', c.bold(label));
    for (const l of lines) out.push(...wrap(`${c.dim(`line ${l.line}:`)} ${sanitize(l.message)}`, columns, '  ', '    '));
  }
  out.push('', c.dim(ko ? `다음: mlops-study next --curriculum ${dir}` : `Next: mlops-study next --curriculum ${dir}`));
  return out.join('\n');
}
