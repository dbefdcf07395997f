/**
 * Upgrades progress written by older mlops-study versions, one version at a
 * time. The store keeps a copy of the original (<file>.v<N>.bak) before the
 * first write in the new format.
 */
import { SCHEMA_VERSION, type Progress } from './types.js';

/** MIGRATIONS[n] turns version n into version n + 1. */
const MIGRATIONS: Record<number, (p: Progress) => Progress> = {
  // Version 0: a file without schemaVersion (conf's empty store, or written by hand).
  // Its content already has today's shape; it only gains the version number.
  0: (p) => ({ ...p, schemaVersion: 1 }),
};

export function migrate(progress: Progress): Progress {
  let current = progress;
  while (current.schemaVersion < SCHEMA_VERSION) {
    const step = MIGRATIONS[current.schemaVersion];
    if (!step) throw new Error(`no migration from progress schemaVersion ${current.schemaVersion}`);
    current = step(current);
  }
  return current;
}
