/**
 * `mlops-study group [DIR]`: the study group's board from the snapshots in a
 * shared directory; with --html FILE, the board and the agenda as a page.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { buildBoard, type Board } from '../../group/board.js';
import { MAX_MEMBER_FILES, readMemberFiles } from '../../group/members.js';
import { pick } from '../../i18n/lang.js';
import { CANONICAL, commandLine } from '../../util/invocation.js';
import { checkOutputFile, writeOutputFile } from '../../util/output-file.js';

export interface GroupOptions {
  json?: boolean;
  md?: boolean;
  /** Write the group page to this file. */
  html?: string;
  force?: boolean;
}

export interface GroupView extends Board {
  dir: string;
  today: string;
  /** DIR is a git working copy: the board is as of its last pull. */
  gitCopy?: boolean;
  weekMeeting?: string;
  /** Where --html wrote the page. */
  page?: string;
}

/** DIR argument, else the profile's group directory, else MLOPS_STUDY_GROUP_DIR. */
export function groupDir(ctx: Context, argument?: string): string {
  const dir = argument ?? ctx.progress().progress.profile.groupDir ?? ctx.env.MLOPS_STUDY_GROUP_DIR;
  if (!dir) {
    throw new UsageError(ctx.m.errNoGroupDir(ctx.cmd('init', '--group-dir', { placeholder: 'DIR' })), ctx.m.hintGroupDir(ctx.cmd('group', '~/mlops-study-group')));
  }
  const abs = resolve(ctx.cwd, dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) throw new UsageError(ctx.m.errGroupDirMissing(abs));
  return abs;
}

export async function group(ctx: Context, dirArgument: string | undefined, options: GroupOptions): Promise<GroupView> {
  if (options.json && options.md) throw new UsageError(ctx.m.errJsonOrMd);
  if (options.html !== undefined && (options.json || options.md)) throw new UsageError(ctx.m.errHtmlAlone);
  const dir = groupDir(ctx, dirArgument);
  // Before the snapshots are read: a page that cannot be written fails at once.
  const file = options.html !== undefined ? checkOutputFile(ctx, options.html, options) : undefined;
  const curriculum = await ctx.curriculumIndex();
  // zod, for the members' snapshots, loads here only.
  const { parseSnapshot } = await import('../../group/snapshot-schema.js');
  const { files, folderRefusal, notRead } = readMemberFiles(dir);
  const board = buildBoard(files, { curriculumId: curriculum.id, today: ctx.today, parse: parseSnapshot });
  if (folderRefusal) board.problems.unshift({ file: 'members/', reason: { kind: 'folder', refusal: folderRefusal } });
  if (notRead) board.problems.push({ file: 'members/', reason: { kind: 'too-many-files', notRead, max: MAX_MEMBER_FILES } });
  const view: GroupView = { dir, today: ctx.today, ...(existsSync(join(dir, '.git')) ? { gitCopy: true } : {}), ...board };
  if (file) {
    // The page's renderer and stylesheet load only for --html. It is read away from this
    // terminal: its command names the program plainly.
    const page = { lang: ctx.lang, course: pick(curriculum.title, ctx.lang), today: ctx.today, rows: board.rows, problems: board.problems, version: ctx.version, syncCommand: commandLine(CANONICAL, ['group', 'sync']), weekTitles: new Map(curriculum.weeks.map((w) => [w.number, pick(w.title, ctx.lang)])) };
    const { renderGroupPage } = await import('./page.js');
    writeOutputFile(ctx, file, renderGroupPage(page, ctx.m), options);
    view.page = file;
  }
  return view;
}
