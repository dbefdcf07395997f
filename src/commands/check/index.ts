/** `mlops-study check`: ticks items by ID, or through a checkbox prompt in a terminal. */
import type { Context } from '../../context.js';
import { allUnits, type CurriculumIndex, type Item } from '../../curriculum/types.js';
import { UsageError } from '../../errors.js';
import { pick } from '../../i18n/lang.js';
import { carriedOver, itemDone, knownIds, tallyWeeks } from '../../plan/item-state.js';
import { adoptAliases, checkItems, courseFor, type CheckChange } from '../../progress/mutations.js';
import { updateProgress } from '../../progress/store.js';
import { isDone, own } from '../../progress/types.js';
import { requireTerminal } from '../../ui/prompts.js';
import { sanitize, wrap } from '../../ui/text.js';
import { closest } from '../../util/suggest.js';
import { courseProgress, parseWeek, schedule } from '../shared.js';

export interface CheckOptions {
  ids: string[];
  week?: string;
  undo?: boolean;
  note?: string;
  evidence?: string[];
  clearNote?: boolean;
  removeEvidence?: string[];
}

export interface CheckView {
  /** `note` and `evidence` as saved after the change (an unticked item keeps them). */
  changes: (CheckChange & { text: string; week: number; undo: boolean; done: boolean; evidence: string[]; note?: string })[];
  weeks: { week: number; done: number; total: number }[];
}

/** Evidence is shown to the whole group: one line of plain text, a reasonable length. */
export function checkEvidence(values: string[] | undefined, undo: boolean | undefined, ids: string[], m: Context['m'], cmd: Context['cmd']): string[] | undefined {
  if (!values?.length) return undefined;
  if (undo) throw new UsageError(m.errEvidenceUndo);
  if (!ids.length) throw new UsageError(m.errEvidenceIds, m.hintEvidence(cmd('check', 'week-2-assignment', '--evidence', 'https://github.com/org/repo/pull/12')));
  return values.map((value) => {
    const text = value.trim();
    if (!text) throw new UsageError(m.errEvidenceEmpty);
    if (/[\u0000-\u001f\u007f-\u009f]/.test(text)) throw new UsageError(m.errEvidenceLine);
    if (text.length > 500) throw new UsageError(m.errEvidenceLong(text.length));
    return text;
  });
}

/** --clear-note and --remove-evidence: explicit, by ID, and not contradicting --note / --evidence. */
export function checkRemovals(options: CheckOptions, m: Context['m']): void {
  if (options.clearNote && options.note !== undefined) throw new UsageError(m.errClearNoteWithNote);
  if (options.clearNote && !options.ids.length) throw new UsageError(m.errRemoveIds('--clear-note'), m.hintRemove);
  if (options.removeEvidence?.length && !options.ids.length) throw new UsageError(m.errRemoveIds('--remove-evidence'), m.hintRemove);
  const both = options.removeEvidence?.find((v) => options.evidence?.includes(v.trim()));
  if (both) throw new UsageError(m.errRemoveAndAdd(both));
}

export async function check(ctx: Context, options: CheckOptions): Promise<CheckView> {
  const evidence = checkEvidence(options.evidence, options.undo, options.ids, ctx.m, ctx.cmd);
  if (evidence) options = { ...options, evidence };
  checkRemovals(options, ctx.m);
  if (options.removeEvidence) options = { ...options, removeEvidence: options.removeEvidence.map((v) => v.trim()) };
  const curriculum = await ctx.curriculumIndex();
  if (options.ids.length) {
    const items = resolveIds(curriculum, options.ids, ctx.m, ctx.cmd);
    return save(ctx, curriculum, items.map((i) => i.id), options.undo ? [...items.map((i) => i.id)] : [], options);
  }
  const requested = parseWeek(options.week, curriculum, ctx, 'check');
  requireTerminal(ctx.stdinIsTTY, ctx.m.errNotTerminal(ctx.m.whatChooseItems), ctx.m.hintCheckIds(ctx.cmd('check', 'dvc-install-basics'), ctx.cmd('next')));
  const week = requested ?? schedule(ctx, curriculum).position.week;
  const course = courseProgress(ctx, curriculum);
  const carried = carriedOver(curriculum, course, week);
  const weekItems = curriculum.weeks[week - 1]!.items;
  const shown = [...carried, ...weekItems];
  const selected = new Set(
    await ctx.prompts.checkbox({
      message: ctx.m.checkPrompt(week),
      pageSize: Math.max(4, Math.min(shown.length, ctx.rows - 7)),
      choices: shown.map((item) => ({
        value: item.id,
        name: wrap(`${item.week !== week ? `${ctx.m.checkPromptCarried(item.week)} ` : ''}${sanitize(pick(item.text, ctx.lang))}`, ctx.columns - 4, '', '  ').join('\n'),
        description: item.id,
        checked: itemDone(item, course),
      })),
    }),
  );
  const toDo = shown.filter((i) => selected.has(i.id) && !itemDone(i, course)).map((i) => i.id);
  const toUndo = shown.filter((i) => !selected.has(i.id) && itemDone(i, course)).map((i) => i.id);
  return save(ctx, curriculum, [...toDo, ...toUndo], toUndo, { ...options, undo: false });
}

function resolveIds(curriculum: CurriculumIndex, ids: string[], m: Context['m'], cmd: Context['cmd']): Item[] {
  const known = knownIds(curriculum);
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length) {
    const lines = unknown.map((id) => {
      const guesses = closest(id, [...known.keys()]);
      return guesses.length ? `"${id}" (${m.didYouMean(guesses.join(', '))})` : `"${id}"`;
    });
    throw new UsageError(m.errUnknownIds(lines.join('; '), unknown.length > 1), m.hintUnknownIds(cmd('next'), cmd('status')));
  }
  return [...new Map(ids.map((id) => [known.get(id)!.id, known.get(id)!])).values()];
}

async function save(ctx: Context, curriculum: CurriculumIndex, ids: string[], undoIds: string[], options: CheckOptions): Promise<CheckView> {
  const byId = new Map(allUnits(curriculum).flatMap((w) => w.items).map((i) => [i.id, i]));
  const undo = new Set(undoIds);
  const { progress, result } = await updateProgress(
    ctx.progressFile,
    (p) => {
      const course = courseFor(p, curriculum.id);
      adoptAliases(course, [...byId.values()], 'items');
      const base = {
        at: ctx.now,
        today: ctx.today,
        ...(options.note !== undefined ? { note: options.note } : {}),
        ...(options.evidence ? { evidence: options.evidence } : {}),
        ...(options.clearNote ? { clearNote: true } : {}),
        ...(options.removeEvidence?.length ? { removeEvidence: options.removeEvidence } : {}),
      };
      const changes = [
        ...checkItems(p, curriculum.id, ids.filter((id) => !undo.has(id)), base),
        ...checkItems(p, curriculum.id, ids.filter((id) => undo.has(id)), { ...base, undo: true }),
      ];
      // Evidence to remove that is not there is a typo: say so and save nothing.
      const missing = changes.find((c) => c.removed?.missing.length);
      if (missing) {
        const list = own(courseFor(p, curriculum.id).items, missing.id)?.evidence ?? [];
        throw new UsageError(ctx.m.errNoSuchEvidence(missing.id, missing.removed!.missing[0]!), ctx.m.hintEvidenceList([...list, ...missing.removed!.evidence].join(', ')));
      }
      return changes;
    },
    { now: ctx.now },
  );
  const course = progress.courses[curriculum.id]!;
  const touched = new Set(ids.map((id) => byId.get(id)!.week));
  return {
    changes: result.map((c) => ({
      ...c,
      undo: undo.has(c.id),
      text: pick(byId.get(c.id)!.text, ctx.lang),
      week: byId.get(c.id)!.week,
      done: isDone(own(course.items, c.id)),
      evidence: own(course.items, c.id)?.evidence ?? [],
      ...(own(course.items, c.id)?.note !== undefined ? { note: own(course.items, c.id)!.note } : {}),
    })),
    weeks: tallyWeeks(curriculum, course).filter((t) => touched.has(t.week)),
  };
}
