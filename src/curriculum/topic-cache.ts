/**
 * One topic's study notes for `show <topic>`, without parsing the whole
 * curriculum cache (800 KB for the built-in course, most of `show`'s time).
 * Beside the other caches, one file per language: a header line
 * `{"key", "offsets": {topic: [start, length]}}` (bytes after the header),
 * then one topic per line.
 * `show` reads the header and the one line it needs. Same key as the other
 * caches (the YAML files' paths, sizes and mtimes), rebuilt with them.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lang } from '../i18n/lang.js';
import { writeCacheFile } from '../util/cache-files.js';
import { hash53 } from '../util/hash.js';
import { keyOf, loadCached, type CacheOptions } from './cache.js';
import { inLanguage, type Curriculum, type Topic } from './types.js';

/** What the notes page of a topic shows beyond the index: the notes, its tools' names, its question count. */
export interface TopicPage {
  topic: Topic;
  tools: { id: string; name: string }[];
  questions: number;
}

export function topicCacheFile(cacheDir: string, dir: string, lang: Lang): string {
  return join(cacheDir, `curriculum-${hash53(dir)}.topics-${lang}.jsonl`);
}

export function topicPage(curriculum: Curriculum, topic: Topic, lang: Lang): TopicPage {
  const tools = topic.tools.flatMap((id) => curriculum.tools.filter((t) => t.id === id).map((t) => ({ id: t.id, name: t.name })));
  return inLanguage({ topic, tools, questions: curriculum.questions.filter((q) => q.topic === topic.id).length }, lang);
}

/** Reads `length` bytes at `position`, or less at the end of the file. */
function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  let got = 0;
  while (got < length) {
    const n = readSync(fd, buffer, got, length - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return buffer.subarray(0, got);
}

function readCachedPage(file: string, key: string, topicId: string): TopicPage | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    // The header grows with the number of topics: read on until its line ends.
    let header = Buffer.alloc(0);
    let end = -1;
    for (let chunk = 4096; end < 0; chunk *= 2) {
      const more = readAt(fd, header.length, chunk);
      if (!more.length) return undefined;
      const at = more.indexOf(10);
      if (at >= 0) end = header.length + at;
      header = Buffer.concat([header, more]);
    }
    const parsed = JSON.parse(header.subarray(0, end).toString('utf8')) as { key?: string; offsets?: Record<string, [number, number]> };
    if (parsed.key !== key || !parsed.offsets || !Object.hasOwn(parsed.offsets, topicId)) return undefined;
    const [start, length] = parsed.offsets[topicId]!;
    const page = JSON.parse(readAt(fd, end + 1 + start, length).toString('utf8')) as TopicPage;
    return page?.topic?.id === topicId ? page : undefined;
  } catch {
    return undefined; // damaged: rebuilt below
  } finally {
    closeSync(fd);
  }
}

function writePages(file: string, key: string, curriculum: Curriculum, lang: Lang): void {
  const lines = curriculum.weeks.flatMap((w) => w.topics).map((t) => [t.id, Buffer.from(`${JSON.stringify(topicPage(curriculum, t, lang))}\n`, 'utf8')] as const);
  // Offsets count from the end of the header line.
  const offsets: Record<string, [number, number]> = {};
  let at = 0;
  for (const [id, line] of lines) {
    offsets[id] = [at, line.length - 1];
    at += line.length;
  }
  const header = Buffer.from(`${JSON.stringify({ key, offsets })}\n`, 'utf8');
  writeCacheFile(file, Buffer.concat([header, ...lines.map(([, line]) => line)]));
}

/** The notes page of a topic in `lang`; undefined when the curriculum has no such topic. */
export async function loadCachedTopic(dirInput: string, options: CacheOptions & { lang: Lang }, topicId: string): Promise<TopicPage | undefined> {
  const dir = resolve(dirInput);
  const file = topicCacheFile(options.cacheDir, dir, options.lang);
  const key = options.key ? options.key() : keyOf(dir, options.version);
  const cached = key ? readCachedPage(file, key, topicId) : undefined;
  if (cached) return cached;
  const curriculum = await loadCached(dir, options);
  if (key) writePages(file, key, curriculum, options.lang);
  const topic = curriculum.weeks.flatMap((w) => w.topics).find((t) => t.id === topicId);
  return topic ? topicPage(curriculum, topic, options.lang) : undefined;
}
