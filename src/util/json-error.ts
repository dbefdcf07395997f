/**
 * Where JSON.parse stopped, from V8's English message ("… in JSON at
 * position 33", newer: "(line 2 column 5)"): the Korean message says the
 * place in its own words instead of quoting V8's English.
 */
export function jsonErrorPosition(message: string): number | undefined {
  const at = /at position (\d+)/.exec(message);
  return at ? Number(at[1]) : undefined;
}
