/** `mlops-study group [DIR]`: the study group's board from the snapshots in a shared directory. */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { buildBoard, type Board } from '../../group/board.js';
import { MAX_MEMBER_FILES, readMemberFiles } from '../../group/members.js';

export interface GroupOptions {
  json?: boolean;
  md?: boolean;
}

export interface GroupView extends Board {
  dir: string;
  today: string;
  /** DIR is a git working copy: the board is as of its last pull. */
  gitCopy?: boolean;
  weekMeeting?: string;
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
  const dir = groupDir(ctx, dirArgument);
  const curriculum = await ctx.curriculumIndex();
  // zod, for the members' snapshots, loads here only.
  const { parseSnapshot } = await import('../../group/snapshot-schema.js');
  const { files, folderRefusal, notRead } = readMemberFiles(dir);
  const board = buildBoard(files, { curriculumId: curriculum.id, today: ctx.today, parse: parseSnapshot });
  if (folderRefusal) board.problems.unshift({ file: 'members/', reason: { kind: 'folder', refusal: folderRefusal } });
  if (notRead) board.problems.push({ file: 'members/', reason: { kind: 'too-many-files', notRead, max: MAX_MEMBER_FILES } });
  return { dir, today: ctx.today, ...(existsSync(join(dir, '.git')) ? { gitCopy: true } : {}), ...board };
}
