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
import { courseProgress, parseWeek, schedule, startSchedule } from '../shared.js';

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
  /** Ticks ahead of schedule that the learner chose not to save. */
  declined?: boolean;
}

/** An example evidence link in hints (any URL works; this one reads as one). */
const EXAMPLE_URL = 'https://github.com/org/repo/pull/12';

/** Evidence is shown to the whole group: one line of plain text, a reasonable length. `example`: an item ID of this curriculum, for the hint. */
export function checkEvidence(values: string[] | undefined, undo: boolean | undefined, ids: string[], m: Context['m'], cmd: Context['cmd'], example: string): string[] | undefined {
  if (!values?.length) return undefined;
  if (undo) throw new UsageError(m.errEvidenceUndo);
  if (!ids.length) throw new UsageError(m.errEvidenceIds, m.hintEvidence(cmd('check', example, '--evidence', EXAMPLE_URL)));
  return values.map((value) => {
    const text = value.trim();
    if (!text) throw new UsageError(m.errEvidenceEmpty);
    if (/[\u0000-\u001f\u007f-\u009f]/.test(text)) throw new UsageError(m.errEvidenceLine);
    if (text.length > 500) throw new UsageError(m.errEvidenceLong(text.length));
    return text;
  });
}

/** --clear-note and --remove-evidence: explicit, by ID, and not contradicting --note / --evidence. */
export function checkRemovals(options: CheckOptions, m: Context['m'], cmd: Context['cmd'], example: string): void {
  if (options.clearNote && options.note !== undefined) throw new UsageError(m.errClearNoteWithNote);
  if (options.clearNote && !options.ids.length) throw new UsageError(m.errRemoveIds('--clear-note'), m.hintRemove(cmd('check', example, '--clear-note')));
  if (options.removeEvidence?.length && !options.ids.length) throw new UsageError(m.errRemoveIds('--remove-evidence'), m.hintRemove(cmd('check', example, '--remove-evidence', EXAMPLE_URL)));
  const both = options.removeEvidence?.find((v) => options.evidence?.includes(v.trim()));
  if (both) throw new UsageError(m.errRemoveAndAdd(both));
}

export async function check(ctx: Context, options: CheckOptions): Promise<CheckView> {
  const curriculum = await ctx.curriculumIndex();
  // Hints name an item of this curriculum, so that they run as typed in any course.
  const example = () => exampleItem(ctx, curriculum);
  const evidence = options.evidence?.length ? checkEvidence(options.evidence, options.undo, options.ids, ctx.m, ctx.cmd, options.ids.length ? '' : example()) : undefined;
  if (evidence) options = { ...options, evidence };
  checkRemovals(options, ctx.m, ctx.cmd, options.ids.length ? '' : example());
  if (options.removeEvidence) options = { ...options, removeEvidence: options.removeEvidence.map((v) => v.trim()) };
  const requested = parseWeek(options.week, curriculum, ctx, 'check');
  if (options.ids.length) {
    const items = resolveIds(curriculum, options.ids, ctx.m, ctx.cmd);
    // --week with IDs says which week the learner means: an item of another week is a mistake, not a detail to ignore.
    const elsewhere = requested === undefined ? [] : items.filter((i) => i.week !== requested);
    if (elsewhere.length) throw new UsageError(ctx.m.errCheckWeek(elsewhere.map((i) => ctx.m.checkItemWeek(i.id, i.week)).join(', '), requested!), ctx.m.hintCheckWeek(ctx.cmd('check', ...options.ids)));
    const current = (await startSchedule(ctx, curriculum)).position.week;
    // Only a tick can be ahead of schedule: --undo and removing a note or evidence tick nothing.
    const ticks = !options.undo && !removalOnly(options);
    if (ticks && !(await aheadOfSchedule(ctx, items.filter((i) => i.week > current && !itemDone(i, courseProgress(ctx, curriculum))), current))) {
      return { changes: [], weeks: [], declined: true };
    }
    return save(ctx, curriculum, items.map((i) => i.id), options.undo ? [...items.map((i) => i.id)] : [], options);
  }
  requireTerminal(ctx.stdinIsTTY, ctx.m.errNotTerminal(ctx.m.whatChooseItems), ctx.m.hintCheckIds(ctx.cmd('check', example()), ctx.cmd('next')));
  const current = (await startSchedule(ctx, curriculum)).position.week;
  const week = requested ?? current;
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
  const toDo = shown.filter((i) => selected.has(i.id) && !itemDone(i, course));
  const toUndo = shown.filter((i) => !selected.has(i.id) && itemDone(i, course)).map((i) => i.id);
  if (!(await aheadOfSchedule(ctx, toDo.filter((i) => i.week > current), current))) return { changes: [], weeks: [], declined: true };
  return save(ctx, curriculum, [...toDo.map((i) => i.id), ...toUndo], toUndo, { ...options, undo: false });
}

/** --clear-note or --remove-evidence alone change the note and evidence, not the tick (as progress/mutations.ts decides). */
function removalOnly(options: CheckOptions): boolean {
  return Boolean((options.clearNote || options.removeEvidence?.length) && options.note === undefined && !options.evidence?.length);
}

/**
 * Ticking items of a week not reached yet: usually a mistyped ID or a wrong
 * --week. A terminal asks first; without one the tick goes through with a
 * note on stderr (scripts keep working). True when the ticks should be saved.
 */
async function aheadOfSchedule(ctx: Context, ahead: Item[], current: number): Promise<boolean> {
  if (!ahead.length) return true;
  const list = ahead.map((i) => ctx.m.checkItemWeek(i.id, i.week)).join(', ');
  if (!ctx.stdinIsTTY) {
    ctx.notice(wrap(ctx.m.checkFutureNote(list, current), ctx.columns).join('\n'));
    return true;
  }
  return ctx.prompts.confirm({ message: wrap(ctx.m.checkFutureConfirm(list, current), ctx.columns - 3, '', '  ').join('\n'), default: false });
}

/** The first open item of the current week (else its first item, else any): the ID the hints' examples use. */
function exampleItem(ctx: Context, curriculum: CurriculumIndex): string {
  const week = curriculum.weeks[schedule(ctx, curriculum).position.week - 1] ?? curriculum.weeks[0];
  const course = courseProgress(ctx, curriculum);
  const items = week?.items.length ? week.items : allUnits(curriculum).flatMap((u) => u.items);
  return (items.find((i) => !itemDone(i, course)) ?? items[0])?.id ?? 'item-id';
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
