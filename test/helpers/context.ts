/** A Context for in-process tests: temporary home, fixed clock, scripted prompts. */
import { createContext, type Context } from '../../src/context.js';
import type { Prompts } from '../../src/ui/prompts.js';
import { ROOT, tempDir } from './cli.js';

export interface TestContextOptions {
  home?: string;
  now?: string;
  lang?: 'ko' | 'en';
  curriculum?: string;
  prompts?: Partial<Prompts>;
  stdinIsTTY?: boolean;
  columns?: number;
}

export async function testContext(options: TestContextOptions = {}): Promise<Context> {
  const home = options.home ?? tempDir();
  const prompts: Prompts = {
    select: async () => {
      throw new Error('unexpected select prompt');
    },
    checkbox: async () => {
      throw new Error('unexpected checkbox prompt');
    },
    input: async () => {
      throw new Error('unexpected input prompt');
    },
    confirm: async () => {
      throw new Error('unexpected confirm prompt');
    },
    ...options.prompts,
  } as Prompts;
  return await createContext(
    {
      env: { MLOPS_STUDY_HOME: home, MLOPS_STUDY_NOW: options.now ?? '2026-12-01T10:00:00+09:00', LANG: 'en_US.UTF-8' },
      cwd: ROOT,
      stdinIsTTY: options.stdinIsTTY ?? false,
      stdoutIsTTY: false,
      columns: options.columns ?? 100,
      version: '0.0.0-test',
      root: ROOT,
      prompts,
    },
    { ...(options.lang ? { lang: options.lang } : {}), ...(options.curriculum ? { curriculum: options.curriculum } : {}) },
  );
}
