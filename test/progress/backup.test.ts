/** Copies of a damaged progress file: one per distinct content, never one over another. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDamaged } from '../../src/progress/read.js';
import { tempDir } from '../helpers/cli.js';

describe('backupDamaged', () => {
  it('keeps two different damaged files of the same second side by side, and one copy of each content', () => {
    const dir = tempDir();
    const file = join(dir, 'config.json');
    const now = new Date('2026-12-01T10:00:00.123Z');
    writeFileSync(file, '{"schemaVersion": 1, "cour');
    const first = backupDamaged(file, now)!;
    expect(backupDamaged(file, now)).toBe(first); // the same content: no second copy
    writeFileSync(file, 'null\u0000\u0000');
    const second = backupDamaged(file, now)!;
    expect(second).not.toBe(first);
    expect(readFileSync(first, 'utf8')).toBe('{"schemaVersion": 1, "cour');
    expect(readFileSync(second, 'utf8')).toBe('null\u0000\u0000');
    expect(readdirSync(dir).sort()).toEqual(['config.json', 'config.json.corrupt-20261201T100000Z', 'config.json.corrupt-20261201T100000Z-2']);
  });
});
