/**
 * The verified atomic writer: whatever fails before the rename (a short or
 * failing write, a failing flush, a read-back that differs, a check that
 * says no), the old file is left byte-for-byte and no temporary file remains.
 * Faults are injected into node:fs here; test/faults/full-disk.test.ts does
 * the same with a real full disk, a file-size limit and strace.
 */
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../src/util/atomic-write.js';
import { tempDir } from '../helpers/cli.js';

const realFs = await vi.importActual<typeof import('node:fs')>('node:fs');
type Fault = { writeSync?: (call: number, args: unknown[]) => number | undefined; fsyncSync?: () => void };
const fault: Fault = {};
let writes = 0;

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return {
    ...real,
    writeSync: (...args: unknown[]) => {
      const n = fault.writeSync?.(++writes, args);
      return n ?? (real.writeSync as (...a: unknown[]) => number)(...args);
    },
    fsyncSync: (fd: number) => {
      fault.fsyncSync?.();
      return real.fsyncSync(fd);
    },
  };
});

afterEach(() => {
  delete fault.writeSync;
  delete fault.fsyncSync;
  writes = 0;
});

function setup() {
  const dir = tempDir();
  const file = join(dir, 'config.json');
  writeFileSync(file, '{"old": true}');
  return { dir, file };
}

const errno = (code: string) => Object.assign(new Error(code), { code });
const leftovers = (dir: string) => readdirSync(dir).filter((n) => n !== 'config.json');

describe('writeFileAtomic', () => {
  it('replaces the file, keeps its permissions, and leaves nothing else behind', () => {
    const { dir, file } = setup();
    chmodSync(file, 0o640);
    writeFileAtomic(file, '{"new": true}');
    expect(readFileSync(file, 'utf8')).toBe('{"new": true}');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(leftovers(dir)).toEqual([]);
  });

  it.each([
    ['the disk fills up after a short write (ENOSPC)', 'ENOSPC'],
    ['the quota runs out (EDQUOT)', 'EDQUOT'],
    ['a file-size limit is crossed (EFBIG)', 'EFBIG'],
    ['the disk reports an I/O error (EIO)', 'EIO'],
  ])('%s: the old file stays, the temporary file goes', (_, code) => {
    const { dir, file } = setup();
    const text = 'x'.repeat(10_000);
    // The first write lands only partly (as on a nearly full disk), the second fails.
    fault.writeSync = (call, args) => {
      if (call === 1) return realFs.writeSync(args[0] as number, args[1] as Uint8Array, args[2] as number, 4096, args[4] as number);
      throw errno(code);
    };
    expect(() => writeFileAtomic(file, text)).toThrow(expect.objectContaining({ code }));
    expect(readFileSync(file, 'utf8')).toBe('{"old": true}');
    expect(leftovers(dir)).toEqual([]);
  });

  it('a failing flush (fsync EIO) renames nothing', () => {
    const { dir, file } = setup();
    fault.fsyncSync = () => {
      throw errno('EIO');
    };
    expect(() => writeFileAtomic(file, '{"new": true}')).toThrow(expect.objectContaining({ code: 'EIO' }));
    expect(readFileSync(file, 'utf8')).toBe('{"old": true}');
    expect(leftovers(dir)).toEqual([]);
  });

  it('a write that reports bytes it did not write is caught by reading the file back', () => {
    const { dir, file } = setup();
    // The kernel says 100 bytes were written, and none were: the file ends up short or with a hole.
    fault.writeSync = (call, args) => (call === 1 ? Math.min(100, args[3] as number) : undefined);
    expect(() => writeFileAtomic(file, 'y'.repeat(1000))).toThrow(expect.objectContaining({ code: 'EVERIFY' }));
    expect(readFileSync(file, 'utf8')).toBe('{"old": true}');
    expect(leftovers(dir)).toEqual([]);
  });

  it('a check that fails right before the rename cancels the write', () => {
    const { dir, file } = setup();
    expect(() =>
      writeFileAtomic(file, '{"new": true}', {
        beforeRename: () => {
          throw new Error('lock lost');
        },
      }),
    ).toThrow('lock lost');
    expect(readFileSync(file, 'utf8')).toBe('{"old": true}');
    expect(leftovers(dir)).toEqual([]);
  });
});
