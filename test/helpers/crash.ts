/**
 * Kills `check` processes with SIGKILL at random moments of their run, until
 * enough were really interrupted and enough finished: the loop waits for
 * those events instead of trusting fixed delays, which on a busy machine kill
 * every process before it starts and on an idle one kill none before it ends.
 * The kill moment is drawn (seeded) from the length of an uninterrupted run,
 * measured as it goes, so it lands inside the save whatever the machine's speed.
 */
import { existsSync, readFileSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { seededRandom } from '../../src/quiz/random.js';
import { run } from './cli.js';

export interface CrashLoopOptions {
  home: string;
  env: Record<string, string>;
  /** One item per run, in order; there must be at least `maxRuns`. */
  ids: string[];
  seed: number;
  minKills: number;
  minSaves: number;
  maxRuns: number;
  /**
   * Count the kill moment from the start of the process (default), or from the moment it takes the
   * progress lock (its save begins): with a large file, most kills then land inside the save itself.
   */
  from?: 'start' | 'lock';
}

export interface CrashLoopResult {
  killed: number;
  /** Items whose `check` reported "Marked done". */
  reported: string[];
  runs: number;
}

export async function crashLoop(o: CrashLoopOptions): Promise<CrashLoopResult> {
  const random = seededRandom(o.seed);
  const durations: number[] = [];
  const reported: string[] = [];
  let killed = 0;
  let runs = 0;
  while ((killed < o.minKills || reported.length < o.minSaves) && runs < o.maxRuns) {
    const id = o.ids[runs++]!;
    // Every third run is left alone: it measures how long a run takes, and proves saves still land.
    const typical = durations.length ? [...durations].sort((a, b) => a - b)[Math.floor(durations.length / 2)]! : 0;
    const delay = runs % 3 === 1 || !typical ? undefined : typical * (0.15 + random() * 0.95);
    let started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    let watcher: FSWatcher | undefined;
    const r = await run(['check', id], {
      home: o.home,
      env: o.env,
      onSpawn: (child) => {
        const arm = () => {
          started = Date.now();
          if (delay !== undefined) timer = setTimeout(() => child.kill('SIGKILL'), delay);
        };
        if (o.from !== 'lock') return arm();
        // The lock directory appearing is the event: the save has begun.
        watcher = watch(o.home, (_, name) => {
          if (name !== 'config.json.lock' || !existsSync(join(o.home, name))) return;
          watcher?.close();
          arm();
        });
      },
    });
    clearTimeout(timer);
    watcher?.close();
    if (r.code === 137) killed++;
    else durations.push(Date.now() - started);
    if (r.code === 0 && r.stdout.includes('Marked done')) reported.push(id);
    // After every crash the file must still parse (or not exist yet, if nothing was saved so far).
    const file = join(o.home, 'config.json');
    if (existsSync(file)) expect(() => JSON.parse(readFileSync(file, 'utf8')), `after ${id} (run ${runs})`).not.toThrow();
    else expect(reported).toEqual([]);
  }
  return { killed, reported, runs };
}
