/** Runs of consecutive numbers, as a reader writes them: [1, 2, 3, 5] → ["1–3", "5"]. `sorted` ascending, no repeats. */
export function numberRuns(sorted: readonly number[]): string[] {
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(i === j ? `${sorted[i]}` : `${sorted[i]}\u2013${sorted[j]}`);
    i = j + 1;
  }
  return runs;
}
