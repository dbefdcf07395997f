/**
 * conf's constructor throws a bare SyntaxError, with no path, when the file
 * is not JSON. The store validates the file first, so this only happens when
 * the file changes between that check and conf's own read: simulated here
 * with a conf that throws as the real one does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ProgressError } from '../../src/errors.js';
import { updateProgress } from '../../src/progress/store.js';
import { tempDir } from '../helpers/cli.js';

vi.mock('conf', () => ({
  default: class {
    constructor() {
      throw new SyntaxError('Unexpected end of JSON input');
    }
  },
}));

describe('the store and conf\'s bare SyntaxError', () => {
  it('turns it into a message that names the file and the fix, and writes nothing', async () => {
    const file = join(tempDir(), 'config.json');
    writeFileSync(file, '{"schemaVersion": 1}');
    const error = await updateProgress(file, (p) => void (p.profile.name = 'x')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProgressError);
    expect((error as ProgressError).message).toContain(file);
    expect((error as ProgressError).message).toMatch(/not valid JSON/);
    expect((error as ProgressError).hint).toMatch(/config repair/);
    expect(readFileSync(file, 'utf8')).toBe('{"schemaVersion": 1}');
  });
});
