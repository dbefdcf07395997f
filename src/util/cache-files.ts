/**
 * Files that are only a speed-up (the curriculum cache, the code cache):
 * written atomically (temporary file, then rename) when they can be, and
 * never an error when they cannot, nor a temporary file left behind.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function writeCacheFile(file: string, data: string | Uint8Array): boolean {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temp, data);
    renameSync(temp, file);
    return true;
  } catch {
    removeCacheFile(temp);
    return false;
  }
}

export function removeCacheFile(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Only tidiness is lost.
  }
}
