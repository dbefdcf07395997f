/**
 * Importing a guide again over its earlier import: an item whose text was
 * edited keeps its progress. Items are matched first by ID, then by how
 * alike their texts are (character bigrams, Dice coefficient ≥ 0.5, the same
 * unit first); the new item lists the old ID (and the old item's aliases)
 * under `aliases`, so progress saved under it counts and moves over.
 */

export interface PreviousItem {
  id: string;
  text: string;
  aliases: string[];
  unit: string;
}

export interface Renamed {
  from: string;
  to: string;
  oldText: string;
  text: string;
  line: number;
}

function bigrams(text: string): Map<string, number> {
  const t = text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const out = new Map<string, number>();
  for (let i = 0; i < t.length - 1; i++) out.set(t.slice(i, i + 2), (out.get(t.slice(i, i + 2)) ?? 0) + 1);
  return out;
}

export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let both = 0;
  let total = 0;
  for (const [k, n] of x) {
    both += Math.min(n, y.get(k) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total ? (2 * both) / total : a === b ? 1 : 0;
}

/**
 * Gives each new item its aliases: an exact ID match keeps the old aliases,
 * an edited item gets the old ID and its aliases. Returns the renames.
 */
export function matchPrevious(items: { id: string; text: string; unit: string; line: number; aliases?: string[] }[], previous: PreviousItem[], taken: Set<string>): Renamed[] {
  const byId = new Map(previous.map((p) => [p.id, p]));
  const used = new Set<string>();
  for (const item of items) {
    const old = byId.get(item.id);
    if (!old) continue;
    used.add(old.id);
    const aliases = old.aliases.filter((a) => !taken.has(a));
    if (aliases.length) item.aliases = aliases;
  }
  const renamed: Renamed[] = [];
  for (const item of items) {
    if (byId.has(item.id)) continue;
    let best: { old: PreviousItem; score: number } | undefined;
    for (const old of previous) {
      if (used.has(old.id)) continue;
      // The same unit wins a tie; a different unit needs a closer match.
      const score = similarity(item.text, old.text) - (old.unit === item.unit ? 0 : 0.1);
      if (score >= 0.5 && (!best || score > best.score)) best = { old, score };
    }
    if (!best) continue;
    used.add(best.old.id);
    const aliases = [best.old.id, ...best.old.aliases].filter((a) => !taken.has(a) && a !== item.id);
    if (aliases.length) item.aliases = aliases;
    renamed.push({ from: best.old.id, to: item.id, oldText: best.old.text, text: item.text, line: item.line });
  }
  return renamed;
}
