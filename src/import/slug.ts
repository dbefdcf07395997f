/** Readable, stable IDs from text: kebab-case, Korean kept, deduplicated. */
import { ID_PATTERN } from '../curriculum/schema.js';

export function slugify(text: string, max = 48): string {
  // NFKC (full-width letters to half-width) only when something could change: most guide text is ASCII and Hangul.
  const slug = (/[^\x00-\x7f\uac00-\ud7a3]/.test(text) ? text.normalize('NFKC') : text)
    .toLowerCase()
    .replace(/[^\p{Ll}\p{Lo}\p{Nd}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  return (cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut).replace(/-+$/, '');
}

/** Hands out unique IDs across the whole course, in a deterministic order. */
export class IdRegistry {
  private readonly used = new Set<string>();

  /** The next number to try per base, so a text repeated 50,000 times does not rescan 2, 3, 4… (quadratic). */
  private readonly next = new Map<string, number>();

  take(text: string, fallback: string): string {
    let base = slugify(text);
    if (!base || !ID_PATTERN.test(base)) base = fallback;
    let id = base;
    let n = this.next.get(base) ?? 2;
    for (; this.used.has(id); n++) id = `${base}-${n}`;
    if (id !== base) this.next.set(base, n);
    this.used.add(id);
    return id;
  }

  taken(): Set<string> {
    return new Set(this.used);
  }
}
