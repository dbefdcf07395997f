/** "Did you mean" suggestions for mistyped IDs and commands. */

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * Up to `limit` candidates close to `input`: small edit distance, or sharing a
 * prefix or containing it (people type the start of an ID or a distinctive part).
 */
export function closest(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = input.toLowerCase();
  const scored: { value: string; score: number }[] = [];
  for (const value of candidates) {
    const hay = value.toLowerCase();
    const distance = editDistance(needle, hay);
    const budget = Math.max(2, Math.floor(Math.max(needle.length, 1) / 3));
    let score = distance <= budget ? distance : Infinity;
    if (needle.length >= 3 && hay.includes(needle)) score = Math.min(score, 1 + (hay.length - needle.length) / 100);
    // Every word of the input inside the candidate is a strong hint; a shared first word a weak one.
    const words = needle.split(/[-_\s]+/).filter((w) => w.length >= 3);
    if (words.length && words.every((w) => hay.includes(w))) score = Math.min(score, 2 + (hay.length - needle.length) / 100);
    else if (words.length > 1 && hay.startsWith(`${words[0]}-`)) score = Math.min(score, 4);
    if (score < Infinity) scored.push({ value, score });
  }
  const best = Math.min(...scored.map((s) => s.score));
  return scored
    .filter((s) => s.score <= best + 1)
    .sort((a, b) => a.score - b.score || a.value.localeCompare(b.value))
    .slice(0, limit)
    .map((s) => s.value);
}
