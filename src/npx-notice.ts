/**
 * The first run through npx says, once, how to put mlops-study on the PATH:
 * npm resolves the package on every start, which costs several times what
 * the program itself takes. Remembered in the cache directory (a marker file),
 * not in the progress file: forgetting it only means one more tip.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Environment } from './context.js';
import { langFromEnv } from './i18n/lang.js';
import { messages } from './i18n/messages.js';
import { cacheDir } from './progress/paths.js';
import { printError } from './ui/output.js';
import { unbreakable, wrap } from './ui/text.js';
import { writeCacheFile } from './util/cache-files.js';
import { shellWord } from './util/invocation.js';

export function npxNotice(environment: Environment): void {
  const marker = join(cacheDir(environment.env), 'npx-notice-shown');
  if (existsSync(marker)) return;
  // Not remembered (a read-only cache directory): better no tip than the same tip on every run.
  if (!writeCacheFile(marker, `${new Date().toISOString()}\n`)) return;
  const m = messages(environment.lang ?? langFromEnv(environment.env) ?? 'en');
  // npm link works in the package's own directory; npm install -g takes the directory from anywhere.
  const here = relative(environment.cwd, environment.root) === '';
  const dir = shellWord(environment.root.replace(/[\\/]$/, ''));
  const link = unbreakable(here ? 'npm link' : `cd ${dir} && npm link`);
  const install = unbreakable(`npm install -g ${here ? '.' : dir}`);
  const columns = environment.columns ?? 80;
  printError(['', ...wrap(m.npxTip, columns), ...wrap(`${link}   ${m.npxTipOr(install)}`, columns, '  ', '  '), ...wrap(m.npxTipThen(unbreakable('mlops-study next')), columns)].join('\n'));
}
