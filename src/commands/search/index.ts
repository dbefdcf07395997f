/** `mlops-study search <words…>`: topics, tools, items and resources that match, ranked. */
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { pick } from '../../i18n/lang.js';
import { loadCachedSearch } from '../../search/cache.js';
import { searchIn, type DocKind } from '../../search/index.js';
import { canonicalCommand } from '../../ui/suggestion.js';

export interface SearchOptions {
  json?: boolean;
}

export interface SearchView {
  query: string;
  /** `open` is a URL or the command as `mlops-study …`; `command` the same command's arguments. */
  results: { kind: DocKind; id: string; title: string; snippet: string; open: string; command?: string[]; score: number }[];
}

export async function searchCommand(ctx: Context, words: string[]): Promise<SearchView> {
  const query = words.join(' ').trim();
  if (!query) throw new UsageError(ctx.m.errSearchEmpty, ctx.m.hintSearch(ctx.cmd('search', ctx.lang === 'ko' ? '드리프트' : 'drift')));
  const packed = await loadCachedSearch(ctx.curriculumDir, { cacheDir: ctx.cacheDir, version: ctx.version });
  let hits;
  try {
    hits = searchIn(packed, query, ctx.lang);
  } finally {
    packed.close();
  }
  return {
    query,
    results: hits.map((h) => ({
      kind: h.doc.kind,
      id: h.doc.id,
      title: pick(h.doc.title, ctx.lang),
      snippet: h.snippet,
      open: 'url' in h.doc.open ? h.doc.open.url : canonicalCommand(h.doc.open.command),
      ...('command' in h.doc.open ? { command: h.doc.open.command } : {}),
      score: h.score,
    })),
  };
}
