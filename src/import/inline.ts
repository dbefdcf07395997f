/**
 * Builds an Inline (plain text, tidy markdown, links) piece by piece, from
 * markdown-it's inline tokens or from HTML: one builder, so `<a href>` and
 * `[text](url)`, `<br>` and a hard break, `<b>` and `**` end up the same.
 */
import type { Inline, Link } from './ir.js';

/** Shared by every inline without links (most of them): one empty list, not one each. */
const NO_LINKS: Link[] = Object.freeze([]) as unknown as Link[];

export const isWebUrl = (url: string) => /^https?:\/\/[^\s/]+\.[^\s/]+(\/\S*)?$/i.test(url);

export class InlineBuilder {
  private text = '';
  private md = '';
  private readonly links: Link[] = [];
  private readonly open: { href: string; text: number; md: number; line: number }[] = [];
  line: number;

  constructor(line: number) {
    this.line = line;
  }

  get empty(): boolean {
    return !this.text.trim() && !this.links.length;
  }

  add(text: string): void {
    this.text += text;
    this.md += text;
  }

  /** Markup that shows in markdown only: `**`, `_`, "`". */
  markup(md: string): void {
    this.md += md;
  }

  code(code: string): void {
    this.text += code;
    this.md += code.includes('`') ? `\`\` ${code} \`\`` : `\`${code}\``;
  }

  /** A line break: a space in text, a new line in markdown. */
  lineBreak(): void {
    this.text += '\n';
    this.md += '\n';
    this.line++;
  }

  /** A soft break in the source: a space in both (the renderer joins lines anyway). */
  softBreak(): void {
    this.text += '\n';
    this.md += '\n';
    this.line++;
  }

  linkOpen(href: string): void {
    this.open.push({ href, text: this.text.length, md: this.md.length, line: this.line });
  }

  linkClose(): void {
    const link = this.open.pop();
    if (!link) return;
    const inner = this.text.slice(link.text).replace(/\s+/g, ' ').trim();
    const innerMd = this.md.slice(link.md).replace(/[ \t]+/g, ' ').trim();
    this.links.push({ title: inner, url: link.href, line: link.line });
    // In notes: a web link as [text](url); any other (a file of the guide's repository, #anchor) as its text.
    if (isWebUrl(link.href) && innerMd) this.md = `${this.md.slice(0, link.md)}[${innerMd.replace(/[[\]]/g, '')}](${link.href.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})`;
  }

  /** An HTML tag met inside text: the few that mean something become the same as their markdown. */
  htmlTag(name: string, closing: boolean, attrs: Record<string, string>): void {
    switch (name) {
      case 'br':
        this.lineBreak();
        break;
      case 'a':
        if (closing) this.linkClose();
        else if (attrs.href !== undefined) this.linkOpen(attrs.href);
        else this.linkOpen('');
        break;
      case 'b':
      case 'strong':
        this.markup('**');
        break;
      case 'code':
      case 'kbd':
        this.markup('`');
        break;
      case 'input':
        // A checkbox starts a line of its own, where it is read like "[x] …".
        if ((attrs.type ?? '').toLowerCase() === 'checkbox') {
          if (this.text.trim()) this.lineBreak();
          this.add('checked' in attrs ? '[x] ' : '[ ] ');
        }
        break;
      case 'li':
      case 'p':
      case 'div':
      case 'tr':
      case 'ul':
      case 'ol':
        // Block tags inside text (a table cell's <ul><li>…): each starts a line.
        if (!closing || name !== 'li') this.lineBreak();
        break;
      default:
      // <img> is dropped (its alt text is not content); other tags are unwrapped.
    }
  }

  done(): Inline {
    while (this.open.length) this.linkClose();
    const md = this.md.replace(/[ \t]+\n/g, '\n').replace(/\n{2,}/g, '\n').trim();
    // Most text has no markup: then text and markdown are one string, not two.
    return { text: md === this.text ? md : this.text, md, links: this.links.length ? this.links : NO_LINKS };
  }
}
