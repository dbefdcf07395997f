/**
 * Where progress and the curriculum cache live: the directories conf (via
 * env-paths, projectSuffix '') chose in earlier versions, which wrote the
 * progress file with conf, so learners' files stay where they are
 * (test/progress/store.test.ts checks it against conf). Computed here: no
 * command loads conf any more.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export const PROJECT_NAME = 'mlops-study';
export const CONFIG_NAME = 'config';

export function configDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.MLOPS_STUDY_HOME) return env.MLOPS_STUDY_HOME;
  const home = homedir();
  if (platform === 'darwin') return join(home, 'Library', 'Preferences', PROJECT_NAME);
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), PROJECT_NAME, 'Config');
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), PROJECT_NAME);
}

export function progressFile(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  return join(configDir(env, platform), `${CONFIG_NAME}.json`);
}

export function cacheDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.MLOPS_STUDY_HOME) return join(env.MLOPS_STUDY_HOME, 'cache');
  const home = homedir();
  if (platform === 'darwin') return join(home, 'Library', 'Caches', PROJECT_NAME);
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), PROJECT_NAME, 'Cache');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), PROJECT_NAME);
}
