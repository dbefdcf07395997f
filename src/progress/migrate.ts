/** Upgrades progress written by older mlops-study versions to SCHEMA_VERSION. */
import { SCHEMA_VERSION, type Progress } from './types.js';

export function needsMigration(progress: Progress): boolean {
  return progress.schemaVersion < SCHEMA_VERSION;
}

export function migrate(progress: Progress): Progress {
  return { ...progress, schemaVersion: SCHEMA_VERSION };
}
