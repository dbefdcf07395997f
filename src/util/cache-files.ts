/**
 * Files that are only a speed-up (the curriculum cache, the code cache):
 * written by the same verified atomic writer as progress, but not flushed to
 * disk (a cache lost in a power cut is rebuilt), and never an error when they
 * cannot be written, nor a temporary file left behind.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';

export function writeCacheFile(file: string, data: string | Uint8Array): boolean {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileAtomic(file, data, { durable: false });
    return true;
  } catch {
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
