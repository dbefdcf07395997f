/**
 * The catalogue's words for what is wrong in a curriculum (src/curriculum/issues.ts),
 * in English and Korean: `validate`, `doctor`, `import` and every command
 * that loads a broken curriculum print these, never zod's or yaml's English.
 */
import type { CurriculumIssue, GlobIssue, Got, IdKind, PatternIssue } from '../curriculum/issues.js';
import type { Refusal } from '../util/regular-file.js';
import { josa } from './josa.js';
import { numberRuns } from '../util/number-runs.js';

const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const q = (s: string) => `"${s}"`;
const list = (items: string[]) => items.join(', ');

// ——— English ———

const gotEn = (g: Got) => (g.kind === 'value' ? `${g.type} ${g.json}` : { nothing: 'nothing', list: 'a list', map: 'a map' }[g.kind]);
const TYPE_EN: Record<string, string> = { string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', array: 'a list', object: 'a map' };
const typeEn = (t: string) => TYPE_EN[t] ?? t;
const LANG_EN: Record<string, string> = { ko: 'Korean', en: 'English' };

function refusalEn(r: Refusal): string {
  switch (r.reason) {
    case 'too-big':
      return `file is ${MB(r.size)}; curriculum files may be at most ${r.max / 1024 / 1024} MB`;
    case 'dangling':
      return `a symbolic link to ${r.target}, which does not exist`;
    case 'outside':
      return `a symbolic link that leaves the curriculum directory (to ${r.target}); only files inside it are read`;
    case 'missing':
      return 'the file disappeared while it was being read';
    case 'unreadable':
      return `cannot be read (${r.code})`;
    case 'symlink':
      return `a symbolic link (to ${r.target}), not a file`;
    default:
      return `${{ directory: 'a directory', 'not-directory': 'a file', fifo: 'a named pipe (FIFO)', device: 'a device', socket: 'a socket', special: 'a special file' }[r.reason]}, not a file: a curriculum file must be a regular YAML file`;
  }
}

function globEn(g: GlobIssue): string {
  switch (g.code) {
    case 'too-long':
      return `the path is longer than ${g.max} characters`;
    case 'expansions':
      return `the braces expand to more than ${g.max} paths`;
    default:
      return {
        empty: 'the path is empty',
        control: 'the path contains a control character',
        absolute: 'paths are relative to the project: no leading /, ~ or drive letter',
        backslash: 'use / between directories (a backslash is not allowed)',
        class: 'character classes ([…]) are not supported; use {a,b} or ?',
        braces: 'braces must pair up and cannot nest',
        'empty-segment': 'the path has an empty segment (// or a trailing /)',
        'dot-segment': 'paths may not contain . or .. segments (they must stay inside the project)',
        'dot-git': 'paths may not look inside .git; use a git probe for repository facts',
        'double-star': '** must be a whole path segment, as in src/**/*.py',
        wildcards: 'at most four * or ? in one path segment',
        'not-glob': 'name a path, not a glob (git check-ignore answers for one path)',
      }[g.code];
  }
}

function patternEn(p: PatternIssue): string {
  switch (p.code) {
    case 'too-long':
      return `the pattern is longer than ${p.max} characters`;
    case 'syntax':
      return `not a valid regular expression: ${p.detail}`;
    default:
      return {
        empty: 'the pattern is empty',
        'ignore-case': 'with ignoreCase, write the pattern in lower case (the text is lowercased before matching)',
        'not-linear': 'uses a backreference or lookaround, which cannot run in linear time (verify only runs patterns that cannot hang on any file)',
        exponential: 'nests quantifiers, or uses a backreference or lookaround, which could take exponential time on some files',
      }[p.code];
  }
}

/** "weeks 1–5 and 7", "week 1", "no weeks". */
function weeksEn(sorted: number[]): string {
  if (!sorted.length) return 'no weeks';
  const runs = numberRuns(sorted);
  return `${sorted.length > 1 ? 'weeks' : 'week'} ${runs.length > 1 ? `${runs.slice(0, -1).join(', ')} and ${runs.at(-1)}` : runs[0]}`;
}

export function curriculumProblemEn(p: CurriculumIssue): string {
  switch (p.code) {
    case 'unreadable':
      return refusalEn(p.refusal);
    case 'file-too-big':
      return refusalEn({ reason: 'too-big', size: p.size, max: p.max });
    case 'not-utf8':
      return 'not valid UTF-8 text (save the file as UTF-8)';
    case 'yaml':
      return `YAML: ${p.detail}`;
    case 'no-weeks':
      return 'no week files: add weeks/01.yaml (see docs/curriculum-format.md)';
    case 'unknown-field':
      return `unknown field ${q(p.key)}`;
    case 'missing-field':
      return `missing required field ${q(p.field)}`;
    case 'wrong-type':
      return `${q(p.field)} should be ${typeEn(p.expected)}, got ${gotEn(p.got)}`;
    case 'wrong-types':
      return `${q(p.field)} should be ${p.expected.map(typeEn).join(' or ')}, got ${gotEn(p.got)}`;
    case 'one-of':
      return `${q(p.field)} must be one of: ${list(p.values)}`;
    case 'too-small':
      // positive() is "greater than 0", not "at least 0" (a week 0 was told it needs at least 0).
      return `${q(p.field)} needs ${p.origin === 'array' ? `at least ${p.minimum} ${p.minimum === 1 ? 'entry' : 'entries'}` : p.origin === 'string' ? 'some text' : p.inclusive ? `at least ${p.minimum}` : `a number greater than ${p.minimum}`}`;
    case 'too-big':
      return `${q(p.field)} allows ${p.origin === 'array' ? `at most ${p.maximum} ${p.maximum === 1 ? 'entry' : 'entries'}` : p.origin === 'string' ? `at most ${p.maximum} characters` : `at most ${p.maximum}`}`;
    case 'question-type':
      return 'question "type" must be one of: single, multiple, truefalse, short, order, match';
    case 'invalid':
      return `${q(p.field)} has a value that is not allowed here`;
    case 'url-control':
      return `a web address must not contain control or bidi characters (${p.char} found)`;
    case 'text-needs-map':
      return `needs one text per language (${list(p.languages)}): write it as a map, e.g. { ${p.languages.filter((l) => l !== 'en').map((l) => `${l}:`).join(', ') || 'ko:'} …, en: … }`;
    case 'text-type':
      return `expected text, got ${gotEn(p.got)}`;
    case 'text-unknown-lang':
      return `unknown language ${q(p.key)} (this course declares ${list(p.languages)})`;
    case 'text-lang-empty':
      return `the ${LANG_EN[p.lang] ?? p.lang} text must be a non-empty string`;
    case 'text-missing-lang':
      return `missing ${LANG_EN[p.lang] ?? p.lang} translation (${p.lang})`;
    case 'control-text':
      return `control character ${p.char} in text (terminal escape codes are not allowed)`;
    case 'control-key':
      return `control character ${p.char} in a field name (terminal escape codes are not allowed)`;
    case 'glob':
      return globEn(p.issue);
    case 'pattern':
      return patternEn(p.issue);
    case 'key-segments':
      return `the key has more than ${p.max} segments`;
    case 'probe-predicates':
      return `use one of equals, matches, min and missing (found ${list(p.found)})`;
    case 'probe-kinds':
      return `a probe has one kind; this one has ${p.kinds.join(' and ')}`;
    case 'probe-kind-missing':
      return `a probe needs one of: ${list(p.kinds)}`;
    case 'duplicate-id':
      return `duplicate id ${q(p.id)} (already used at ${p.at})`;
    case 'unknown-ref':
      return `unknown ${p.kind} ${q(p.id)}${p.guesses.length ? ` (did you mean ${p.guesses.map(q).join(', ')}?)` : ''}`;
    case 'deliverable':
      return `deliverable ${p.n} does not exist (this week's assignment has ${p.count === 1 ? '1 deliverable' : `${p.count} deliverables`})`;
    case 'week-twice':
      return `week ${p.week} is defined twice (also in ${p.other})`;
    case 'part-twice':
      return `part ${p.part} of ${q(p.of)} is defined twice (also in ${p.other})`;
    case 'week-gap':
      return `week numbers must run 1, 2, 3… without gaps: week ${p.missing} is missing before week ${p.before}`;
    case 'no-such-week':
      return `week ${p.week} does not exist (the course has ${weeksEn(p.weeks)})`;
    case 'listed-twice':
      return `item ${q(p.item)} is listed twice in ${p.where === 'roadmap' ? 'the roadmap' : 'the checklist sections'}`;
    case 'pinned-twice':
      return `package ${q(p.name)} is pinned twice (also versions[${p.index}])`;
    case 'unlisted':
      return `item ${q(p.item)} comes from the ${p.source}, but no ${p.source === 'roadmap' ? 'roadmap stage' : 'checklist section'} in course.yaml lists it`;
    case 'choice-id-twice':
      return `duplicate choice id ${q(p.id)}`;
    case 'choice-text-twice':
      return `duplicate choice text ${q(p.text)}`;
    case 'answer-not-choice':
      return `answer ${q(p.answer)} is not one of the choices (${list(p.choices)})`;
    case 'answer-twice':
      return `answer ${q(p.answer)} is listed twice`;
    case 'accept-twice':
      return `accepted answer ${q(p.answer)} is listed twice`;
    case 'order-answer': {
      const parts = [p.missing.length ? `missing ${list(p.missing)}` : '', p.extra.length ? `unknown ${list(p.extra)}` : '', p.repeats ? 'repeats an id' : ''].filter(Boolean).join('; ');
      return `an ordering answer must list every choice exactly once (${parts || 'wrong length'})`;
    }
    case 'match-left-missing':
      return `${q(p.left)} on the left has no match in the answer`;
    case 'match-not-left':
      return `${q(p.left)} is not one of the left items (${list(p.lefts)})`;
    case 'match-not-right':
      return `${q(p.right)} is not one of the right items (${list(p.rights)})`;
    case 'match-twice':
      return `${q(p.right)} is matched twice (also to ${q(p.other)})`;
    default:
      return {
        'id-format': 'IDs are kebab-case: lowercase letters, digits and single dashes (for example "dvc-remote")',
        url: 'must be a web address (https://…)',
        'text-empty': 'must not be empty',
        'duration-range': 'a range of weeks: [at least, at most], e.g. [1, 2]',
        'duration-order': 'the first number of a range is the smaller one',
        date: 'a date as YYYY-MM-DD',
        'format-version': 'formatVersion must be 1 (the only format this version of mlops-study reads)',
        'roadmap-stages': 'a roadmap needs at least one stage',
        'checklist-items': 'a checklist section lists at least one item',
        'package-name': 'a package name as its registry spells it (letters, digits, ".", "_", "-")',
        'version-string': 'a version such as 3.18.0',
        'part-number': "part numbers start at 2 (the unit's own file is part 1)",
        'proto-key': 'a key "__proto__" is not allowed (use an ID: lowercase letters, digits and dashes)',
        'key-empty-segment': 'the key has an empty segment (write a.b.c; use a list for keys that contain dots)',
        'file-probe-match': 'a file probe needs exactly one of matches and notMatches',
        'git-ignored-path': 'git: ignored needs a path (or a list of paths)',
        'git-path-only': '"path" only goes with git: ignored',
        'git-matches-only': '"matches" only goes with git: branch, tag or remote',
        'probe-map': 'a probe is a map such as { exists: dvc.yaml, message: … }',
        'any-nested': '"any" cannot hold another "any"',
      }[p.code];
  }
}

// ——— Korean ———

const gotKo = (g: Got) => (g.kind === 'value' ? `${{ string: '텍스트', number: '숫자', boolean: '참/거짓 값' }[g.type] ?? g.type} ${g.json}` : { nothing: '빈 값', list: '목록', map: '맵' }[g.kind]);
const TYPE_KO: Record<string, string> = { string: '텍스트', number: '숫자', int: '정수', boolean: 'true나 false', array: '목록', object: '맵' };
const typeKo = (t: string) => TYPE_KO[t] ?? t;
const LANG_KO: Record<string, string> = { ko: '한국어', en: '영어' };
const ID_KIND_KO: Record<IdKind, string> = {
  tool: '도구',
  'tool category': '도구 분류',
  resource: '자료',
  project: '프로젝트',
  topic: '주제',
  week: '주차',
  item: '항목',
  'appendix unit': '부록',
  'process step': '진행 단계',
  'lifecycle stage': '라이프사이클 단계',
  'roadmap stage': '로드맵 단계',
  'checklist section': '체크리스트 구역',
  'item alias': '항목 별칭',
  question: '문제',
  'question alias': '문제 별칭',
};

function refusalKo(r: Refusal): string {
  switch (r.reason) {
    case 'too-big':
      return `파일이 ${MB(r.size)}입니다. 커리큘럼 파일은 ${r.max / 1024 / 1024} MB까지만 읽습니다`;
    case 'dangling':
      return `없는 대상(${r.target})을 가리키는 심볼릭 링크입니다`;
    case 'outside':
      return `커리큘럼 디렉터리 밖(${r.target})을 가리키는 심볼릭 링크입니다. 디렉터리 안의 파일만 읽습니다`;
    case 'missing':
      return '읽는 동안 파일이 사라졌습니다';
    case 'unreadable':
      return `읽을 수 없습니다 (${r.code})`;
    case 'symlink':
      return `파일이 아니라 심볼릭 링크(${r.target})입니다`;
    default:
      return `파일이 아니라 ${{ directory: '디렉터리', 'not-directory': '파일', fifo: '이름 있는 파이프(FIFO)', device: '장치 파일', socket: '소켓', special: '특수 파일' }[r.reason]}입니다. 커리큘럼 파일은 일반 YAML 파일이어야 합니다`;
  }
}

const YAML_KO: Record<string, string> = {
  BAD_INDENT: '들여쓰기가 맞지 않거나 { }, [ ]가 닫히지 않았습니다',
  TAB_AS_INDENT: '들여쓰기에 탭을 썼습니다. 공백으로 들여 쓰세요',
  DUPLICATE_KEY: '같은 맵에 같은 키가 두 번 있습니다',
  MISSING_CHAR: '닫는 문자(따옴표나 괄호)가 빠졌습니다',
  MULTILINE_IMPLICIT_KEY: '키가 여러 줄에 걸쳐 있습니다. 키 뒤의 콜론(:)이 빠졌는지 확인하세요',
  BLOCK_AS_IMPLICIT_KEY: '블록이 키 자리에 왔습니다. 콜론(:)과 들여쓰기를 확인하세요',
  BLOCK_IN_FLOW: '{ }나 [ ] 안에 블록 형식을 썼습니다',
  UNEXPECTED_TOKEN: '여기에 올 수 없는 문자가 있습니다',
  MULTIPLE_DOCS: '파일에 문서가 여러 개 있습니다 (---). 한 파일에는 문서 하나만 씁니다',
  BAD_SCALAR_START: '값을 이 문자로 시작할 수 없습니다. 따옴표로 감싸세요',
  BAD_DQ_ESCAPE: '큰따옴표 문자열의 이스케이프(\\)가 잘못되었습니다',
  BAD_ALIAS: '별칭(*)이 가리키는 앵커(&)가 없습니다',
  ALIASES: '별칭(*)이 너무 많이 펼쳐집니다 (별칭 폭탄일 수 있습니다)',
  KEY_OVER_1024_CHARS: '키가 1024자를 넘습니다',
  NON_STRING_KEY: '키는 텍스트여야 합니다',
};

function globKo(g: GlobIssue): string {
  switch (g.code) {
    case 'too-long':
      return `경로가 ${g.max}자를 넘습니다`;
    case 'expansions':
      return `중괄호를 펼치면 경로가 ${g.max}개를 넘습니다`;
    default:
      return {
        empty: '경로가 비어 있습니다',
        control: '경로에 제어 문자가 있습니다',
        absolute: '경로는 프로젝트 기준 상대 경로입니다. /, ~, 드라이브 문자로 시작할 수 없습니다',
        backslash: '디렉터리 사이에는 /를 쓰세요 (백슬래시는 쓸 수 없습니다)',
        class: '문자 클래스([…])는 쓸 수 없습니다. {a,b}나 ?를 쓰세요',
        braces: '중괄호는 짝이 맞아야 하고 겹쳐 쓸 수 없습니다',
        'empty-segment': '경로에 빈 부분이 있습니다 (//나 끝의 /)',
        'dot-segment': '경로에 . 또는 .. 부분을 쓸 수 없습니다 (프로젝트 안에 머물러야 합니다)',
        'dot-git': '.git 안은 볼 수 없습니다. 저장소에 관한 사실은 git 검사를 쓰세요',
        'double-star': '**는 src/**/*.py처럼 경로 한 부분 전체여야 합니다',
        wildcards: '경로 한 부분에 *나 ?는 네 개까지 쓸 수 있습니다',
        'not-glob': '글롭이 아니라 경로 하나를 쓰세요 (git check-ignore는 경로 하나에 답합니다)',
      }[g.code];
  }
}

function patternKo(p: PatternIssue): string {
  switch (p.code) {
    case 'too-long':
      return `패턴이 ${p.max}자를 넘습니다`;
    case 'syntax':
      return `올바른 정규 표현식이 아닙니다 (JavaScript: ${p.detail})`;
    default:
      return {
        empty: '패턴이 비어 있습니다',
        'ignore-case': 'ignoreCase를 쓸 때는 패턴을 소문자로 쓰세요 (본문을 소문자로 바꾼 뒤 찾습니다)',
        'not-linear': '역참조나 전후방 탐색을 씁니다. 선형 시간에 실행할 수 없습니다 (verify는 어떤 파일에서도 멈추지 않는 패턴만 실행합니다)',
        exponential: '수량자를 겹쳐 쓰거나 역참조·전후방 탐색을 씁니다. 어떤 파일에서는 시간이 기하급수적으로 걸릴 수 있습니다',
      }[p.code];
  }
}

/** "1–5주차와 7주차", "1주차", "주차 없음". */
function weeksKo(sorted: number[]): string {
  if (!sorted.length) return '주차가 하나도 없습니다';
  return `${numberRuns(sorted).map((r) => `${r}주차`).join(', ')}만 있습니다`;
}

export function curriculumProblemKo(p: CurriculumIssue): string {
  switch (p.code) {
    case 'unreadable':
      return refusalKo(p.refusal);
    case 'file-too-big':
      return refusalKo({ reason: 'too-big', size: p.size, max: p.max });
    case 'not-utf8':
      return 'UTF-8 텍스트가 아닙니다. 파일을 UTF-8로 저장하세요';
    case 'yaml':
      return `YAML 문법 오류: ${YAML_KO[p.yaml] ?? `YAML로 읽을 수 없습니다 (${p.yaml})`}`;
    case 'no-weeks':
      return '주차 파일이 없습니다. weeks/01.yaml을 추가하세요 (docs/curriculum-format.md 참고)';
    case 'unknown-field':
      return `알 수 없는 필드: ${q(p.key)}`;
    case 'missing-field':
      return `필수 필드가 없습니다: ${q(p.field)}`;
    case 'wrong-type':
      return `${q(p.field)}의 값은 ${josa(typeKo(p.expected), '이어야/여야')} 합니다. 지금 값: ${gotKo(p.got)}`;
    case 'wrong-types':
      return `${q(p.field)}의 값은 ${josa(p.expected.map(typeKo).join(' 또는 '), '이어야/여야')} 합니다. 지금 값: ${gotKo(p.got)}`;
    case 'one-of':
      return `${q(p.field)}의 값은 다음 중 하나여야 합니다: ${list(p.values)}`;
    case 'too-small':
      return `${q(p.field)}: ${p.origin === 'array' ? `항목이 ${p.minimum}개 이상 있어야 합니다` : p.origin === 'string' ? '비어 있으면 안 됩니다' : p.inclusive ? `${p.minimum} 이상이어야 합니다` : `${p.minimum}보다 큰 수여야 합니다`}`;
    case 'too-big':
      return `${q(p.field)}: ${p.origin === 'array' ? `항목은 ${p.maximum}개까지입니다` : p.origin === 'string' ? `${p.maximum}자까지입니다` : `${p.maximum} 이하여야 합니다`}`;
    case 'question-type':
      return '문제의 "type"은 single, multiple, truefalse, short, order, match 중 하나여야 합니다';
    case 'invalid':
      return `${q(p.field)}: 여기에 쓸 수 없는 값입니다`;
    case 'url-control':
      return `웹 주소에 제어 문자나 방향 문자가 있습니다 (${p.char})`;
    case 'text-needs-map':
      return `언어마다 텍스트가 하나씩 필요합니다 (${list(p.languages)}). 맵으로 쓰세요. 예: { ${p.languages.filter((l) => l !== 'en').map((l) => `${l}:`).join(', ') || 'ko:'} …, en: … }`;
    case 'text-type':
      return `텍스트가 와야 합니다. 지금 값: ${gotKo(p.got)}`;
    case 'text-unknown-lang':
      return `알 수 없는 언어: ${q(p.key)} (이 과정이 정한 언어: ${list(p.languages)})`;
    case 'text-lang-empty':
      return `${LANG_KO[p.lang] ?? p.lang} 텍스트가 비어 있습니다`;
    case 'text-missing-lang':
      return `${LANG_KO[p.lang] ?? p.lang} 번역(${p.lang})이 없습니다`;
    case 'control-text':
      return `텍스트에 제어 문자 ${josa(p.char, '이/가')} 있습니다 (터미널 이스케이프 코드는 쓸 수 없습니다)`;
    case 'control-key':
      return `필드 이름에 제어 문자 ${josa(p.char, '이/가')} 있습니다 (터미널 이스케이프 코드는 쓸 수 없습니다)`;
    case 'glob':
      return globKo(p.issue);
    case 'pattern':
      return patternKo(p.issue);
    case 'key-segments':
      return `키는 ${p.max}단계까지입니다`;
    case 'probe-predicates':
      return `equals, matches, min, missing 중 하나만 쓰세요 (지금: ${list(p.found)})`;
    case 'probe-kinds':
      return `검사 하나에는 종류가 하나입니다. 이 검사에는 ${p.kinds.length}개가 있습니다: ${list(p.kinds)}`;
    case 'probe-kind-missing':
      return `검사에는 다음 중 하나가 필요합니다: ${list(p.kinds)}`;
    case 'duplicate-id':
      return `ID ${josa(q(p.id), '이/가')} 중복됩니다 (이미 ${p.at}에서 씀)`;
    case 'unknown-ref':
      return `없는 ${ID_KIND_KO[p.kind]}: ${q(p.id)}${p.guesses.length ? ` (혹시 ${p.guesses.map(q).join(', ')}?)` : ''}`;
    case 'deliverable':
      return `제출물 ${p.n}번은 없습니다 (이 주차 과제의 제출물은 ${p.count}개)`;
    case 'week-twice':
      return `${p.week}주차가 두 번 정의되었습니다 (${p.other}에도 있음)`;
    case 'part-twice':
      return `${q(p.of)}의 ${p.part}부가 두 번 정의되었습니다 (${p.other}에도 있음)`;
    case 'week-gap':
      return `주차 번호는 1, 2, 3…처럼 빠짐없이 이어져야 합니다. ${p.before}주차 앞에 ${p.missing}주차가 없습니다`;
    case 'no-such-week':
      return `${p.week}주차는 없습니다 (이 과정에는 ${weeksKo(p.weeks)})`;
    case 'listed-twice':
      return `항목 ${josa(q(p.item), '이/가')} ${p.where === 'roadmap' ? '로드맵' : '체크리스트 구역'}에 두 번 나옵니다`;
    case 'pinned-twice':
      return `패키지 ${q(p.name)}의 버전이 두 번 고정되었습니다 (versions[${p.index}]에도 있음)`;
    case 'unlisted':
      return p.source === 'roadmap'
        ? `항목 ${q(p.item)}의 출처는 로드맵인데, course.yaml의 어느 로드맵 단계에도 없습니다`
        : `항목 ${q(p.item)}의 출처는 체크리스트인데, course.yaml의 어느 체크리스트 구역에도 없습니다`;
    case 'choice-id-twice':
      return `선택지 ID ${josa(q(p.id), '이/가')} 중복됩니다`;
    case 'choice-text-twice':
      return `선택지 문구 ${josa(q(p.text), '이/가')} 중복됩니다`;
    case 'answer-not-choice':
      return `정답 ${josa(q(p.answer), '은/는')} 선택지(${list(p.choices)})에 없습니다`;
    case 'answer-twice':
      return `정답 ${josa(q(p.answer), '이/가')} 두 번 나옵니다`;
    case 'accept-twice':
      return `인정하는 답 ${josa(q(p.answer), '이/가')} 두 번 나옵니다`;
    case 'order-answer': {
      const parts = [p.missing.length ? `빠짐: ${list(p.missing)}` : '', p.extra.length ? `없는 선택지: ${list(p.extra)}` : '', p.repeats ? 'ID 중복' : ''].filter(Boolean).join('; ');
      return `순서 문제의 정답에는 모든 선택지가 정확히 한 번씩 있어야 합니다 (${parts || '개수가 다름'})`;
    }
    case 'match-left-missing':
      return `왼쪽의 ${q(p.left)}에 짝이 되는 정답이 없습니다`;
    case 'match-not-left':
      return `${josa(q(p.left), '은/는')} 왼쪽 항목(${list(p.lefts)})에 없습니다`;
    case 'match-not-right':
      return `${josa(q(p.right), '은/는')} 오른쪽 항목(${list(p.rights)})에 없습니다`;
    case 'match-twice':
      return `${josa(q(p.right), '이/가')} 두 번 짝지어졌습니다 (${q(p.other)}에도)`;
    default:
      return {
        'id-format': 'ID는 케밥 표기입니다: 소문자, 숫자, 하나씩 쓴 대시 (예: "dvc-remote")',
        url: '웹 주소(https://…)여야 합니다',
        'text-empty': '비어 있으면 안 됩니다',
        'duration-range': '주 수의 범위 [최소, 최대]여야 합니다. 예: [1, 2]',
        'duration-order': '범위의 첫 숫자가 더 작아야 합니다',
        date: 'YYYY-MM-DD 형식의 날짜여야 합니다',
        'format-version': 'formatVersion은 1이어야 합니다 (이 버전의 mlops-study가 읽는 유일한 형식)',
        'roadmap-stages': '로드맵에는 단계가 하나 이상 있어야 합니다',
        'checklist-items': '체크리스트 구역에는 항목이 하나 이상 있어야 합니다',
        'package-name': '패키지 이름은 저장소에 적힌 그대로 써야 합니다 (영문자, 숫자, ".", "_", "-")',
        'version-string': '3.18.0 같은 버전이어야 합니다',
        'part-number': '부 번호는 2부터 시작합니다 (단위 자체의 파일이 1부입니다)',
        'proto-key': '"__proto__"라는 키는 쓸 수 없습니다 (소문자, 숫자, 대시로 된 ID를 쓰세요)',
        'key-empty-segment': '키에 빈 부분이 있습니다 (a.b.c처럼 쓰고, 점이 든 키는 목록으로 쓰세요)',
        'file-probe-match': '파일 검사에는 matches와 notMatches 중 정확히 하나가 필요합니다',
        'git-ignored-path': 'git: ignored에는 경로(또는 경로 목록)가 필요합니다',
        'git-path-only': '"path"는 git: ignored에만 씁니다',
        'git-matches-only': '"matches"는 git: branch, tag, remote에만 씁니다',
        'probe-map': '검사는 { exists: dvc.yaml, message: … } 같은 맵입니다',
        'any-nested': '"any" 안에 "any"를 또 쓸 수 없습니다',
      }[p.code];
  }
}
