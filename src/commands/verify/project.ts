/** Which project `verify` looks at: --project, else the saved one, else the git repository around the current directory. */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { runGit } from '../../verify/git.js';

export interface ProjectChoice {
  dir: string;
  from: 'option' | 'saved' | 'cwd';
}

const isDir = (dir: string) => existsSync(dir) && statSync(dir).isDirectory();
const real = (dir: string) => {
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
};

export function resolveProject(ctx: Context, option: string | undefined): ProjectChoice {
  const { m } = ctx;
  const save = ctx.cmd('init', '--project', { placeholder: 'DIR' });
  if (option !== undefined) {
    const dir = resolve(ctx.cwd, option);
    if (!isDir(dir)) throw new UsageError(m.errVerifyNotDir(dir), m.hintVerifyNoProject(save));
    return { dir: real(dir), from: 'option' };
  }
  const saved = ctx.progress().progress.profile.projectDir;
  if (saved) {
    if (!isDir(saved)) throw new UsageError(m.errVerifyNotDir(saved), m.hintVerifySaved(save));
    return { dir: real(saved), from: 'saved' };
  }
  const top = runGit(ctx.cwd, ['rev-parse', '--show-toplevel']);
  const dir = top.ok ? top.stdout.trim() : '';
  if (!dir || !isDir(dir)) throw new UsageError(m.errVerifyNoProject, m.hintVerifyNoProject(save));
  if (real(dir) === real(ctx.root)) throw new UsageError(m.errVerifySelf, m.hintVerifyNoProject(save));
  return { dir: real(dir), from: 'cwd' };
}
