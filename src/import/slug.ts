/** Readable, stable IDs from text: kebab-case, Korean kept, deduplicated. */
import { ID_PATTERN } from '../curriculum/schema.js';

export function slugify(text: string, max = 48): string {
  const slug = text
    .normalize('NFKC')
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

  take(text: string, fallback: string): string {
    let base = slugify(text);
    if (!base || !ID_PATTERN.test(base)) base = fallback;
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }

  taken(): Set<string> {
    return new Set(this.used);
  }
}
