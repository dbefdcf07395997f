/**
 * After the results: tick the items that passed (asked in a terminal, with
 * --tick without asking), and on the first run in a terminal offer to save
 * the project. Each answer is saved as soon as it is given (a locked write),
 * so Ctrl+C at the second question keeps the first. Nothing is ever unticked.
 */
import type { Context } from '../../context.js';
import { adoptAliases, courseFor, verifyItems, type CheckChange } from '../../progress/mutations.js';
import { updateProgress } from '../../progress/store.js';
import { terminalLine, wrap } from '../../ui/text.js';
import type { ItemResult, VerifyOptions, VerifyView } from './index.js';
import { list } from './reasons.js';

export interface Candidate {
  item: ItemResult;
  /** Pre-selected (and ticked by --tick): passed with every file it rests on committed. */
  preselect: boolean;
}

export interface AfterView {
  commit?: string;
  changes: (CheckChange & { text: string })[];
  /** Passed but not ticked by --tick: files not committed yet. */
  skipped: { id: string; files: string[] }[];
  /** Items passed but the project has no commit to record. */
  needsCommit: boolean;
  /** Without a terminal and without --tick: how many items --tick would tick, and the command that does (this run's own choices and --tick). */
  tickHint?: number;
  tickCommand?: string[];
  savedProject?: string;
}

/** Items that passed and are not ticked-and-verified yet. */
export function candidates(view: VerifyView): Candidate[] {
  return view.weeks
    .flatMap((w) => w.items)
    .filter((i) => i.result === 'pass' && !(i.done && i.verified))
    .map((item) => ({ item, preselect: item.uncommitted.length === 0 }));
}

export const shortCommit = (commit: string) => commit.slice(0, 7);

/** `shown` gets what was ticked as soon as it is saved, before the question about the project. */
export async function afterVerify(ctx: Context, view: VerifyView, options: VerifyOptions, shown: (after: AfterView) => void = () => undefined): Promise<AfterView> {
  const after: AfterView = { changes: [], skipped: [], needsCommit: false };
  const interactive = ctx.stdinIsTTY && ctx.stdoutIsTTY && !options.json;
  const offered = candidates(view);
  let ids: string[] = [];
  if (offered.length && !view.commit) after.needsCommit = true;
  else if (offered.length && view.commit) {
    if (options.tick) {
      ids = offered.filter((c) => c.preselect).map((c) => c.item.id);
      after.skipped = offered.filter((c) => !c.preselect).map((c) => ({ id: c.item.id, files: c.item.uncommitted }));
    } else if (interactive) {
      ids = await ctx.prompts.checkbox({
        message: ctx.m.verifyOffer(shortCommit(view.commit)),
        pageSize: Math.max(4, Math.min(offered.length, ctx.rows - 7)),
        choices: offered.map(({ item, preselect }) => ({
          value: item.id,
          name: wrap(`${item.week !== view.scope.weeks[0] || view.scope.weeks.length > 1 ? `[${item.week}] ` : ''}${terminalLine(item.text)}`, ctx.columns - 4, '', '  ').join('\n'),
          description: `${item.id}${item.done ? ` · ${ctx.m.verifyOfferTicked}` : ''}${preselect ? '' : ` · ${ctx.m.verifyOfferUncommitted}: ${terminalLine(list(item.uncommitted))}`}`,
          checked: preselect,
        })),
      });
    }
  }
  const items = new Map(view.weeks.flatMap((w) => w.items).map((i) => [i.id, i]));
  // Ticks are saved before the next question: Ctrl+C there keeps them.
  if (ids.length && view.commit) {
    const commit = view.commit;
    const { result } = await updateProgress(
      ctx.progressFile,
      (p) => {
        adoptAliases(courseFor(p, view.courseId), [...items.values()], 'items');
        return verifyItems(p, view.courseId, ids, { commit, ...(view.remote ? { remote: view.remote } : {}), at: ctx.now, today: ctx.today });
      },
      { now: ctx.now },
    );
    after.commit = commit;
    after.changes = result.map((c) => ({ ...c, text: items.get(c.id)?.text ?? c.id }));
  } else if (offered.length && view.commit && !interactive && !options.json) {
    after.tickHint = offered.filter((c) => c.preselect).length;
    // The same project and weeks as this run, so that pasted it ticks what was just shown.
    const where = view.project.from === 'option' ? ['--project', view.project.dir] : [];
    const which = options.all ? ['--all'] : options.week !== undefined ? ['--week', String(view.scope.weeks[0])] : [];
    after.tickCommand = ['verify', ...where, ...which, '--tick'];
  }
  shown(after);
  if (interactive && view.project.from !== 'saved' && !ctx.progress().progress.profile.projectDir) {
    if (await ctx.prompts.confirm({ message: ctx.m.verifySaveProject(terminalLine(view.project.dir)), default: true })) {
      const dir = view.project.dir;
      await updateProgress(ctx.progressFile, (p) => void (p.profile = { ...p.profile, projectDir: dir }), { now: ctx.now });
      after.savedProject = dir;
    }
  }
  return after;
}
