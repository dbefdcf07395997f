/**
 * A lazy stand-in for node:child_process, swapped in by the build
 * (`--alias:node:child_process=…`). commander requires child_process at load
 * time only for executable subcommands, which we do not use; loading it
 * (with net, dgram and streams) costs ~6 ms on every start. Here it loads on
 * the first real call.
 */
import { createRequire } from 'node:module';

type ChildProcess = typeof import('node:child_process');
let real: ChildProcess | undefined;
const load = (): ChildProcess => (real ??= createRequire(import.meta.url)('node:child_process') as ChildProcess);

export const spawn: ChildProcess['spawn'] = ((...args: Parameters<ChildProcess['spawn']>) => load().spawn(...args)) as ChildProcess['spawn'];
export const spawnSync: ChildProcess['spawnSync'] = ((...args: Parameters<ChildProcess['spawnSync']>) => load().spawnSync(...args)) as ChildProcess['spawnSync'];
export const execFileSync: ChildProcess['execFileSync'] = ((...args: Parameters<ChildProcess['execFileSync']>) => load().execFileSync(...args)) as ChildProcess['execFileSync'];
export const execFile: ChildProcess['execFile'] = ((...args: Parameters<ChildProcess['execFile']>) => load().execFile(...args)) as ChildProcess['execFile'];
export const exec: ChildProcess['exec'] = ((...args: Parameters<ChildProcess['exec']>) => load().exec(...args)) as ChildProcess['exec'];
export const fork: ChildProcess['fork'] = ((...args: Parameters<ChildProcess['fork']>) => load().fork(...args)) as ChildProcess['fork'];
export default { spawn, spawnSync, execFileSync, execFile, exec, fork };
