/**
 * commander's usage errors in Korean, for a Korean run (commander has no
 * translations of its own). Only the wording changes; option names, values
 * and suggestions are kept as commander wrote them.
 */
const RULES: [RegExp, (...parts: string[]) => string][] = [
  [/^error: unknown option '(.*)'$/, (option) => `오류: 알 수 없는 옵션 '${option}'`],
  [/^error: unknown command '(.*)'$/, (command) => `오류: 알 수 없는 명령 '${command}'`],
  [/^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/, (command, expected, got) => `오류: ${command ? `'${command}'에 ` : ''}인자가 너무 많습니다 (${expected}개를 받는데 ${got}개를 받았습니다)`],
  [/^error: missing required argument '(.*)'$/, (argument) => `오류: 필요한 인자 '${argument}'가 없습니다`],
  [/^error: option '(.*)' argument missing$/, (option) => `오류: 옵션 '${option}'에 값이 없습니다`],
  [/^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/, (option, value, choices) => `오류: 옵션 '${option}'에 '${value}'는 쓸 수 없습니다. 고를 수 있는 값: ${choices}`],
  [/^\(Did you mean one of (.*)\?\)$/, (list) => `(이 중 하나인가요? ${list})`],
  [/^\(Did you mean (.*)\?\)$/, (one) => `(${one}인가요?)`],
];

export function commanderKo(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      for (const [pattern, say] of RULES) {
        const match = pattern.exec(line);
        if (match) return say(...match.slice(1).map((part) => part ?? ''));
      }
      return line;
    })
    .join('\n');
}
