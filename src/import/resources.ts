/**
 * The guide's web links as the course's reading list: once per address,
 * titled by what the link says (else by the page's address), and never ten
 * resources all called "Blog Post here": a generic or repeated title gets its
 * unit or section.
 */
import { isWebUrl } from './inline.js';
import type { Link } from './ir.js';
import type { IdRegistry } from './slug.js';
import { hasBidiCharacters, hasControlCharacters } from '../util/untrusted.js';

export interface Resource {
  id: string;
  title: string;
  kind: string;
  url: string;
}

export interface SkippedLink {
  line: number;
  title: string;
  url: string;
  reason: 'not-web' | 'anchor' | 'badge' | 'control';
}

// The address says most (a YouTube link is a video); else the words around the link.
const BY_URL: [RegExp, string][] = [
  [/youtube\.com|youtu\.be|vimeo\.com/i, 'video'],
  [/coursera\.org|udemy\.com|edx\.org|inflearn\.com|fast\.ai|deeplearning\.ai|fastcampus\.co\.kr|boostcourse\.org/i, 'course'],
  [/medium\.com|velog\.io|tistory\.com|dev\.to|substack\.com|brunch\.co\.kr|blog\./i, 'blog'],
  [/arxiv\.org|doi\.org|paperswithcode\.com/i, 'article'],
];
const BY_WORDS: [RegExp, string][] = [
  [/강의|강좌|course|mooc|lecture/i, 'course'],
  [/도서|책|book/i, 'book'],
  [/영상|동영상|video/i, 'video'],
  [/논문|paper|article|기사/i, 'article'],
  [/블로그|blog|post/i, 'blog'],
  [/문서|docs|documentation|guide|가이드|reference/i, 'docs'],
];
const kindOf = (url: string, words: string) => BY_URL.find(([re]) => re.test(url))?.[1] ?? BY_WORDS.find(([re]) => re.test(words))?.[1] ?? 'docs';

// Link texts that say nothing about the page.
const GENERIC = /^(here|link|this|click( here)?|read( more)?|more|source|website|site|page|url|blog( post)?( here)?|post|video|slides?|docs?|pdf|github|repo|code|바로\s*가기|바로가기|링크|여기|클릭|이것|보기|자세히|원문|출처|자료|영상|블로그|발표\s*자료|슬라이드|코드|레포|보러\s*가기|[\d.]+)$/i;

function unsafeAddress(url: string): boolean {
  let decoded = url;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    // a malformed escape: judged as written
  }
  return [url, decoded].some((u) => hasControlCharacters(u) || hasBidiCharacters(u));
}

/** "https://docs.docker.com/get-started/overview/" → "docs.docker.com/get-started/overview". */
export function titleFromUrl(url: string): string {
  try {
    const u = new URL(url);
    const path = decodeURIComponent(u.pathname).replace(/\/+$/, '').replace(/\.(html?|php|aspx?)$/i, '');
    return `${u.host.replace(/^www\./, '')}${path}`.slice(0, 120);
  } catch {
    return url.slice(0, 120);
  }
}

export function collectResources(links: { link: Link; section: string }[], ids: IdRegistry): { resources: Resource[]; byUrl: Map<string, string>; skipped: SkippedLink[] } {
  const skipped: SkippedLink[] = [];
  const first = new Map<string, { link: Link; section: string }>();
  for (const entry of links) {
    const { link } = entry;
    if (link.url.startsWith('#')) skipped.push({ line: link.line, title: link.title, url: link.url, reason: 'anchor' });
    else if (!isWebUrl(link.url)) skipped.push({ line: link.line, title: link.title, url: link.url, reason: 'not-web' });
    // A direction override makes a link read as another address than the one it opens (issue 14).
    // The parser percent-encodes the address (%E2%80%AE): the decoded one is what a browser would show.
    else if (unsafeAddress(link.url)) skipped.push({ line: link.line, title: link.title, url: link.url, reason: 'control' });
    else if (!link.title && !first.has(link.url)) skipped.push({ line: link.line, title: '', url: link.url, reason: 'badge' });
    else if (!first.has(link.url)) first.set(link.url, entry);
  }
  const titled = [...first.values()].map(({ link, section }) => ({ link, section, title: GENERIC.test(link.title.trim()) ? `${link.title} · ${titleFromUrl(link.url)}` : link.title }));
  const counts = new Map<string, number>();
  for (const t of titled) counts.set(t.title, (counts.get(t.title) ?? 0) + 1);
  const resources: Resource[] = [];
  const byUrl = new Map<string, string>();
  for (const t of titled) {
    // The same words for different pages: say where each one is.
    const title = (counts.get(t.title) ?? 0) > 1 && t.section ? `${t.title} (${t.section})` : t.title;
    const id = ids.take(title, `link-${resources.length + 1}`);
    byUrl.set(t.link.url, id);
    resources.push({ id, title, kind: kindOf(t.link.url, `${t.section} ${t.link.title}`), url: t.link.url });
  }
  return { resources, byUrl, skipped };
}
