/**
 * `group --html FILE` through the built binary, and the page in a real
 * browser: headless Chromium from Debian's `chromium` package, driven by
 * playwright-core (.ci/run installs chromium and fonts-noto-cjk when missing;
 * where there is no Chromium the browser tests are skipped, and say why).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { run, tempDir } from '../helpers/cli.js';
import { HOSTILE_NAME, MEMBERS, groupDir } from '../helpers/group-page.js';

const NOW = { MLOPS_STUDY_NOW: '2026-12-08T10:00:00+09:00' };
const CHROMIUM = process.env.MLOPS_STUDY_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const hasKoreanFont = (() => {
  try {
    return execFileSync('fc-list', [':lang=ko', 'family'], { encoding: 'utf8' }).includes('Noto Sans CJK KR');
  } catch {
    return false;
  }
})();

async function writePage(lang: 'en' | 'ko', dir = groupDir()) {
  const file = join(tempDir(), `group-${lang}.html`);
  const r = await run(['--lang', lang, 'group', dir, '--html', file], { env: NOW });
  expect(r.code, r.stderr).toBe(0);
  return { file, html: readFileSync(file, 'utf8'), stdout: r.stdout, dir };
}

describe('group --html', () => {
  it('writes the page and says where, without printing the board', async () => {
    const { stdout, file, html } = await writePage('en');
    expect(stdout).toBe(`✔ ${file}\n  ${MEMBERS.length} members on the page. Open it in a browser, or publish it with GitHub Pages\n  (see the README).\n`);
    expect(html).toMatch(/^<!doctype html>/);
  });

  it('writes through the safe output file: an existing page needs --force, a symlink is refused', async () => {
    const dir = groupDir();
    const out = tempDir();
    const file = join(out, 'index.html');
    writeFileSync(file, 'old page');
    const again = await run(['group', dir, '--html', file], { env: NOW });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(file, 'utf8')).toBe('old page');
    expect((await run(['group', dir, '--html', file, '--force'], { env: NOW })).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^<!doctype html>/);
    symlinkSync(join(out, 'target.html'), join(out, 'link.html'));
    expect((await run(['group', dir, '--html', join(out, 'link.html'), '--force'], { env: NOW })).code).toBe(2);
    expect(existsSync(join(out, 'target.html'))).toBe(false);
  });

  it('is one output: --html with --md or --json is a usage error', async () => {
    const dir = groupDir();
    for (const other of ['--md', '--json']) {
      const r = await run(['group', dir, '--html', join(tempDir(), 'x.html'), other], { env: NOW });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--html writes a page; use it without --json and --md');
    }
  });
});

describe.skipIf(!hasChromium)(`the group page in Chromium${hasChromium ? '' : ` (skipped: no Chromium at ${CHROMIUM}; .ci/run installs Debian's chromium, or set MLOPS_STUDY_CHROMIUM)`}`, () => {
  let browser: Browser;
  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    // Chromium's sandbox cannot start as root (CI containers run as root).
    browser = await chromium.launch({ executablePath: CHROMIUM, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
  });
  afterAll(async () => browser?.close());

  /** Opens a URL and records what a page must never do: errors, dialogs (alert), requests for anything else. */
  async function open(url: string, width = 1280): Promise<{ page: Page; errors: string[]; dialogs: string[]; requests: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const errors: string[] = [];
    const dialogs: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(url, { waitUntil: 'load' });
    return { page, errors, dialogs, requests };
  }

  it('loads from disk without errors or requests, shows every member, and runs nothing a member wrote', async () => {
    const { file } = await writePage('en');
    const url = pathToFileURL(file).href;
    const { page, errors, dialogs, requests } = await open(url);
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([url]);
    const names = await page.locator('article.member h3').allTextContents();
    expect(names.sort()).toEqual(MEMBERS.map((m) => m.name).sort());
    expect(names).toContain(HOSTILE_NAME);
    expect(names).toContain('지민');
    expect(await page.locator('img, script, iframe').count()).toBe(0);
    expect(await page.getByText('<script>alert(2)</script> & "quoted"').count()).toBeGreaterThan(0);
    expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
    expect(await page.getByText('javascript:alert(3)').count()).toBe(1);
    await page.close();
  });

  it('holds without its Content-Security-Policy (the escaping alone), and its policy blocks a script that got in', async () => {
    const { html } = await writePage('en');
    const dir = tempDir();
    writeFileSync(join(dir, 'no-csp.html'), html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''));
    const bare = await open(pathToFileURL(join(dir, 'no-csp.html')).href);
    expect(bare.dialogs).toEqual([]);
    expect(bare.errors).toEqual([]);
    expect(await bare.page.locator('img, script').count()).toBe(0);
    await bare.page.close();
    writeFileSync(join(dir, 'injected.html'), html.replace('</main>', '<script>alert(5)</script></main>'));
    const injected = await open(pathToFileURL(join(dir, 'injected.html')).href);
    expect(injected.dialogs).toEqual([]);
    expect(injected.errors.join('\n')).toMatch(/Content Security Policy/);
    await injected.page.close();
  });

  it('asks a web server for the page alone, as on GitHub Pages (no favicon.ico, no font)', async () => {
    const { html } = await writePage('ko');
    const asked: string[] = [];
    const server: Server = createServer((req, res) => {
      asked.push(req.url ?? '');
      if (req.url === '/index.html') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      else res.writeHead(404).end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const { page, errors, requests } = await open(`http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`);
      expect(errors).toEqual([]);
      expect(requests).toHaveLength(1);
      expect(await page.locator('html').getAttribute('lang')).toBe('ko');
      expect(await page.title()).toBe('MLOps 스터디 가이드 · 스터디 그룹 · 2026-12-08');
      await page.close();
    } finally {
      await new Promise((done) => server.close(done));
    }
    expect(asked).toEqual(['/index.html']);
  });

  it('fits a laptop (a row per member) and a phone (no sideways scrolling)', async () => {
    const { file } = await writePage('ko');
    const laptop = await open(pathToFileURL(file).href, 1280);
    for (const article of await laptop.page.locator('article.member').all()) {
      const name = (await article.locator('h3').boundingBox())!;
      const bars = (await article.locator('svg.bars').boundingBox())!;
      const stats = (await article.locator('dl.stats').boundingBox())!;
      // Side by side: the bars and the numbers start right of the name, and share its row.
      expect(bars.x).toBeGreaterThan(name.x + name.width);
      expect(stats.x).toBeGreaterThan(bars.x + bars.width);
      expect(bars.y).toBeLessThan(name.y + name.height + 60);
    }
    await laptop.page.close();
    const phone = await open(pathToFileURL(file).href, 390);
    expect(await phone.page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    const article = phone.page.locator('article.member').first();
    const name = (await article.locator('h3').boundingBox())!;
    const bars = (await article.locator('svg.bars').boundingBox())!;
    expect(bars.y).toBeGreaterThan(name.y + name.height);
    expect(bars.width).toBeGreaterThan(250);
    expect(phone.errors).toEqual([]);
    await phone.page.close();
  });

  it.skipIf(!hasKoreanFont)(`draws Korean with a Korean font${hasKoreanFont ? '' : ' (skipped: fonts-noto-cjk is not installed)'}`, async () => {
    const { file } = await writePage('ko');
    const { page } = await open(pathToFileURL(file).href);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(fonts.map((f) => f.familyName).join(', ')).toMatch(/CJK KR|CJK/);
    await page.close();
  });
});
