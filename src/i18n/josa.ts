/**
 * Korean particles after text we do not know in advance (a file name, an ID,
 * a number): 은/는, 이/가, 을/를, 과/와, 으로/로, 이나/나, 이어야/여야 depend on whether
 * the word as read ends in a consonant. `josa('config.json', '은/는')` is
 * `config.json은` (제이슨), `josa('/tmp/o', '은/는')` is `/tmp/o는`.
 * Where the reading cannot be told, both forms are shown: `은(는)`, `(으)로`.
 */
export type Particle = '은/는' | '이/가' | '을/를' | '과/와' | '으로/로' | '이나/나' | '이어야/여야';

/** 0 no final consonant, 1 a final consonant, 2 a final ㄹ (for 으로/로 it counts as none), undefined unknown. */
type Ending = 0 | 1 | 2 | undefined;

// 영 일 이 삼 사 오 육 칠 팔 구
const DIGITS: Ending[] = [1, 2, 0, 1, 0, 0, 1, 2, 2, 0];
// Letter names: 엘 엠 엔 알 end in a consonant; the rest (에이, 비, 씨, …) do not.
const LETTER: Record<string, Ending> = { l: 2, m: 1, n: 1, r: 2 };

function ending(word: string): Ending {
  // What closes the word (quotes, brackets, slashes, dots) is not read aloud.
  const core = word.replace(/[\s"'`)\]}>.,:;!?/\\\u2026-]+$/u, '');
  const last = core.at(-1);
  if (!last) return undefined;
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) {
    const final = (code - 0xac00) % 28;
    return final === 0 ? 0 : final === 8 ? 2 : 1;
  }
  if (/\d/.test(last)) return DIGITS[Number(last)];
  if (/[A-Za-z]/.test(last)) {
    const letters = /[A-Za-z]+$/.exec(core)![0];
    // A short abbreviation (DVC, API, ID) or a single letter is read letter by letter; JSON or PAGER as a word.
    if (letters.length === 1 || (letters.length <= 3 && letters === letters.toUpperCase())) return LETTER[last.toLowerCase()] ?? 0;
    // A word, as Korean writes loanwords: -l (파일, 모델) ㄹ; -m, -n, -ng, -ck, -p (아이템, 제이슨, 스트링, 락, 그룹) a consonant; the rest (-s, -t, -r, -e …) none.
    if (/l$/i.test(letters)) return 2;
    if (/(m|n|ng|ck|p)$/i.test(letters)) return 1;
    return 0;
  }
  return undefined;
}

/** `word` followed by the particle that fits how it is read. */
export function josa(text: string | number, particle: Particle): string {
  const word = String(text);
  const [withFinal, without] = particle.split('/') as [string, string];
  const end = ending(word);
  // The written forms for either reading: 은(는), 이(가), (으)로.
  if (end === undefined) return particle === '으로/로' ? `${word}(으)로` : particle === '이어야/여야' ? `${word}이어야(여야)` : `${word}${withFinal}(${without})`;
  if (particle === '으로/로') return `${word}${end === 1 ? withFinal : without}`;
  return `${word}${end === 0 ? without : withFinal}`;
}
