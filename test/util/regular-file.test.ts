/** Reading files others may have put in place: only regular files, bounded, told apart before a byte is read. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegularFile } from '../../src/util/regular-file.js';
import { tempDir } from '../helpers/cli.js';

const unix = process.platform !== 'win32';

describe('readRegularFile', () => {
  it('reads a regular file, and a symlink to one when asked to follow', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.json'), '{"ok":1}');
    symlinkSync('a.json', join(dir, 'link.json'));
    const plain = readRegularFile(join(dir, 'a.json'), { symlinks: 'refuse' });
    expect(plain.ok && plain.bytes.toString()).toBe('{"ok":1}');
    expect(readRegularFile(join(dir, 'link.json'), { symlinks: 'refuse' })).toMatchObject({ ok: false, reason: 'symlink', target: 'a.json' });
    const followed = readRegularFile(join(dir, 'link.json'), { symlinks: 'follow', within: dir });
    expect(followed.ok && followed.bytes.toString()).toBe('{"ok":1}');
  });

  it('names what is not a file: missing, dangling, outside, directory, device', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub.json'));
    symlinkSync('/nonexistent/x', join(dir, 'dangling.json'));
    const elsewhere = join(tempDir(), 'secret.json');
    writeFileSync(elsewhere, '{}');
    symlinkSync(elsewhere, join(dir, 'outside.json'));
    symlinkSync('/dev/zero', join(dir, 'zero.json'));
    const opts = { symlinks: 'follow', within: dir, maxBytes: 1024 } as const;
    expect(readRegularFile(join(dir, 'none.json'), opts)).toMatchObject({ ok: false, reason: 'missing' });
    expect(readRegularFile(join(dir, 'dangling.json'), opts)).toMatchObject({ ok: false, reason: 'dangling', target: '/nonexistent/x' });
    expect(readRegularFile(join(dir, 'outside.json'), opts)).toMatchObject({ ok: false, reason: 'outside' });
    expect(readRegularFile(join(dir, 'sub.json'), opts)).toMatchObject({ ok: false, reason: 'directory' });
    expect(readRegularFile(join(dir, 'zero.json'), opts)).toMatchObject({ ok: false, reason: 'outside' });
    expect(readRegularFile('/dev/zero', { symlinks: 'follow', maxBytes: 1024 })).toMatchObject({ ok: false, reason: 'device' });
    expect(readRegularFile('/dev/urandom', { symlinks: 'follow' })).toMatchObject({ ok: false, reason: 'device' });
  });

  it.skipIf(!unix)('refuses a FIFO without opening it for a read that would block', () => {
    const dir = tempDir();
    execFileSync('mkfifo', [join(dir, 'pipe.json')]);
    // Returning at all is the test: a plain read would wait for a writer forever.
    expect(readRegularFile(join(dir, 'pipe.json'), { symlinks: 'refuse' })).toMatchObject({ ok: false, reason: 'fifo' });
  });

  it('refuses a file over the cap from its size, without reading it (a sparse 600 MB file)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'big.json'), '');
    truncateSync(join(dir, 'big.json'), 600 * 1024 * 1024);
    expect(readRegularFile(join(dir, 'big.json'), { symlinks: 'refuse', maxBytes: 1024 * 1024 })).toMatchObject({ ok: false, reason: 'too-big', size: 600 * 1024 * 1024 });
  });

  it.skipIf(process.platform !== 'linux')('holds the cap while reading a file that says it is empty (/proc), and survives /proc/self/mem', () => {
    const status = readRegularFile('/proc/self/status', { symlinks: 'follow', maxBytes: 16 });
    expect(status).toMatchObject({ ok: false, reason: 'too-big' });
    const mem = readRegularFile('/proc/self/mem', { symlinks: 'follow', maxBytes: 1024 });
    expect(mem.ok).toBe(false);
  });
});
