/** The group page's renderer (view model → HTML string): self-contained, escaped, the same agenda as --md. */
import { describe, expect, it } from 'vitest';
import { renderAgenda } from '../../src/commands/group/agenda.js';
import { PAGE_CSP, renderGroupPage, type GroupPage } from '../../src/commands/group/page.js';
import { weekBars } from '../../src/commands/group/page-bars.js';
import { buildBoard } from '../../src/group/board.js';
import { memberFileName } from '../../src/group/snapshot.js';
import { parseSnapshot } from '../../src/group/snapshot-schema.js';
import { messages } from '../../src/i18n/messages.js';
import { HOSTILE_NAME, MEMBERS, TODAY, snapshotOf } from '../helpers/group-page.js';
import { englishIn } from '../helpers/english.js';

function board(members = MEMBERS) {
  const files = members.map((spec) => ({ file: `members/${memberFileName(spec.name)}`, text: JSON.stringify(snapshotOf(spec)) }));
  files.push({ file: 'members/notes.json', text: 'not json' });
  return buildBoard(files, { curriculumId: 'mlops-study', today: TODAY, parse: parseSnapshot });
}

function page(lang: 'en' | 'ko' = 'en', members = MEMBERS): { html: string; view: GroupPage } {
  const b = board(members);
  const view: GroupPage = {
    lang,
    course: lang === 'ko' ? 'MLOps 스터디 가이드' : 'MLOps Study Guide',
    today: TODAY,
    rows: b.rows,
    problems: b.problems,
    version: '0.1.0',
    syncCommand: 'mlops-study group sync',
    weekTitles: new Map([[2, lang === 'ko' ? 'DVC를 활용한 데이터 관리' : 'Data management with DVC']]),
  };
  return { html: renderGroupPage(view, messages(lang)), view };
}

/** Every tag with its attributes, as a browser's tokenizer would see the markup (text never has a raw `<`). */
const tags = (html: string) => [...html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[\w-:]+(?:="[^"]*")?)*)\s*\/?>/g)].map((t) => ({ name: t[1]!.toLowerCase(), attrs: [...t[2]!.matchAll(/([\w-:]+)(?:="([^"]*)")?/g)].map((a) => ({ name: a[1]!.toLowerCase(), value: a[2] ?? '' })) }));

describe('the group page', () => {
  it('is one self-contained document: a CSP that forbids scripts, inline CSS and SVG, nothing to fetch', () => {
    const { html } = page();
    expect(html.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">`);
    expect(PAGE_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    const all = tags(html);
    expect(all.map((t) => t.name)).not.toContain('script');
    expect(all.filter((t) => ['img', 'iframe', 'object', 'embed', 'link', 'base', 'form'].includes(t.name)).map((t) => t.name)).toEqual(['link']);
    for (const t of all) {
      for (const a of t.attrs) {
        expect(a.name, `<${t.name} ${a.name}>`).not.toMatch(/^on/);
        if (a.name === 'src' || a.name === 'href') expect(a.value, `<${t.name} ${a.name}>`).toMatch(/^(https:\/\/|data:image\/svg\+xml,)/);
      }
    }
    // The icon is inline (no favicon.ico request); the stylesheet imports nothing.
    expect(all.find((t) => t.name === 'link')!.attrs.find((a) => a.name === 'href')!.value).toMatch(/^data:image\/svg\+xml,/);
    expect(html).not.toMatch(/@import|url\(|@font-face/);
  });

  it('shows a hostile member and their texts as text: names, items and evidence are escaped, never links or tags', () => {
    const { html } = page();
    expect(html).not.toContain(HOSTILE_NAME);
    expect(html).toContain('<h3>&lt;img src=x onerror=alert(1)&gt;</h3>');
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt; &amp; &quot;quoted&quot;');
    expect(html).toContain('<code>javascript:alert(3)</code>');
    expect(html).toContain('<code>https://evil.example/&quot;&gt;&lt;script&gt;alert(4)&lt;/script&gt;</code>');
    const hrefs = tags(html).flatMap((t) => t.attrs.filter((a) => a.name === 'href').map((a) => a.value));
    expect(hrefs.filter((h) => !h.startsWith('data:'))).toEqual(['https://github.com/jimin/iris-mlops/commit/3f2c1a0e9b8d7c6f5a4b3c2d1e0f9a8b7c6d5e4f', 'https://github.com/jimin/iris-mlops/commit/3f2c1a0e9b8d7c6f5a4b3c2d1e0f9a8b7c6d5e4f', 'https://github.com/jimin/iris-mlops/commit/3f2c1a0e9b8d7c6f5a4b3c2d1e0f9a8b7c6d5e4f', 'https://github.com/jimin/iris-mlops/commit/3f2c1a0e9b8d7c6f5a4b3c2d1e0f9a8b7c6d5e4f', 'https://github.com/jimin/iris-mlops/commit/3f2c1a0e9b8d7c6f5a4b3c2d1e0f9a8b7c6d5e4f', 'https://github.com/jimin/iris-mlops/commit/3f2c1a0e9b8d7c6f5a4b3c2d1e0f9a8b7c6d5e4f', 'https://github.com/jimin/iris-mlops/commit/3f2c1a0e9b8d7c6f5a4b3c2d1e0f9a8b7c6d5e4f', 'https://github.com/jimin/iris-mlops/pull/7']);
  });

  it('has a row per member with the current week, streak, quiz accuracy and verified ticks', () => {
    const { html, view } = page();
    const articles = html.split('<article class="member">').slice(1);
    expect(articles).toHaveLength(MEMBERS.length);
    expect(articles.map((a) => /<h3>(.*?)<\/h3>/.exec(a)![1])).toEqual(view.rows.map((r) => r.name.replace(/</g, '&lt;').replace(/>/g, '&gt;')));
    const jimin = articles.find((a) => a.includes('<h3>지민</h3>'))!;
    expect(jimin).toContain('Week 3 of 6 · <span class="chip late">1 week behind</span>');
    expect(jimin).toContain('<dd>78%<small>23 answers</small></dd>');
    expect(jimin).toContain('<dd>6 days</dd>');
    expect(jimin).toContain('✔ 7 verified');
    const sam = articles.find((a) => a.includes('<h3>Sam</h3>'))!;
    expect(sam).toContain('<dd>–<small>0 answers</small></dd>');
    expect(sam).toContain('<br><b>Data management with DVC</b>');
    expect(sam).not.toContain('verified</small>');
  });

  it('draws a bar per week: verified at the bottom, then self-reported, the current week outlined', () => {
    const row = board().rows.find((r) => r.name === '지민')!;
    const svg = weekBars(row, messages('en'));
    const groups = svg.split('<g>').slice(1);
    expect(groups).toHaveLength(6);
    // Week 1: 9 of 9 done, 4 of them verified.
    expect(groups[0]).toContain('<title>Week 1: 9 of 9 done, 4 verified</title>');
    expect(groups[0]).toMatch(/class="self" x="5" y="3" width="30" height="52"/);
    expect(groups[0]).toMatch(new RegExp(`class="verified" x="5" y="${Math.round((3 + 52 - (52 * 4) / 9) * 10) / 10}" width="30" height="${Math.round(((52 * 4) / 9) * 10) / 10}"`));
    expect(groups[2]).toContain('class="now"');
    expect(groups.filter((g) => g.includes('class="now"'))).toHaveLength(1);
    expect(groups[4]).not.toMatch(/class="(self|verified)"/);
    expect(svg).toContain('role="img" aria-label="Week 1: 9 of 9 done, 4 verified; Week 2: 5 of 7 done, 3 verified; Week 3: 2 of 8 done;');
  });

  it('holds the same agenda as group --md: open items, verified ticks, evidence, unreadable files', () => {
    const { html, view } = page();
    const md = renderAgenda({ dir: '/g', today: TODAY, rows: view.rows, problems: view.problems }, 'en');
    const ids = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]).sort();
    const agenda = html.slice(html.indexOf('<section class="agenda">'));
    expect(ids(agenda, /<li[^>]*>[^<]*<code>([\w-]+)<\/code>/g)).toEqual(ids(md, /^- \[ \] .* `([\w-]+)`/gm));
    expect(ids(agenda, /<span class="tick">✔<\/span>.*?<code>([\w-]+)<\/code> ·/g)).toEqual(ids(md, /^- \*\*.*?\*\*: .* `([\w-]+)` ✔/gm));
    expect(agenda).toContain('<h3>Evidence to present (since 2026-12-01)</h3>');
    expect(agenda).toContain('<a href="https://github.com/jimin/iris-mlops/pull/7" rel="noopener noreferrer">https://github.com/jimin/iris-mlops/pull/7</a>');
    expect(md).toContain('<https://github.com/jimin/iris-mlops/pull/7>');
    expect(agenda).toContain('<code>mlflow run 4f2a9c</code>');
    expect(agenda).toContain('<li><code>members/notes.json</code>: not JSON</li>');
  });

  it('speaks Korean in a Korean run, and says what to do when no one has synced yet', () => {
    const { html } = page('ko');
    expect(html).toContain('<html lang="ko">');
    expect(html).toContain('<title>MLOps 스터디 가이드 · 스터디 그룹 · 2026-12-08</title>');
    expect(html).toContain('<dt>연속 학습</dt><dd>6일</dd>');
    expect(html).toContain('6주 중 3주차');
    // Text a member wrote is marked with the member's language.
    expect(html).toMatch(/<li lang="ko">2주차 실습 과제 제출 <code>week-2-assignment<\/code>/);
    // With Korean members only, nothing on the page is English (the stylesheet and markup aside).
    const korean = page('ko', [MEMBERS[0]!]).html;
    const text = korean.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<title>[\s\S]*?<\/title>/, '').replace(/<[^>]*>/g, '\n').replace(/&[a-z0-9#]+;/g, ' ');
    expect(englishIn(text, { program: 'mlops-study' })).toEqual([]);
    expect(text).toContain('멤버의 mlops-study verify가 검증');
    const empty = page('en', []).html;
    expect(empty).toContain('<p class="empty">No readable snapshots yet. Each member runs mlops-study group sync.</p>');
  });
});
