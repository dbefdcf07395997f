/** `mlops-study new <dir>`: a commented starter curriculum that `validate` accepts. */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { slugify } from '../../import/slug.js';
import { starterFiles } from './template.js';

export interface NewView {
  dir: string;
  files: string[];
}

export async function newCurriculum(ctx: Context, dirArgument: string): Promise<NewView> {
  const dir = resolve(ctx.cwd, dirArgument);
  if (existsSync(dir) && readdirSync(dir).length) throw new UsageError(ctx.m.errNotEmpty(dir), ctx.m.hintNewDir);
  const id = slugify(basename(dir)) || 'my-study';
  const files = starterFiles(id);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const { loadCurriculum } = await import('../../curriculum/loader.js');
  loadCurriculum(dir); // the template must always validate; a failure here is a bug
  return { dir, files: Object.keys(files) };
}
