/** Command descriptions and examples for --help, in both languages. */
import type { Lang } from './lang.js';

type HelpText = Record<string, { en: string; ko: string }>;

export const descriptions = {
  program: { en: 'A study companion for the MLOps study guide: weekly plan, checklist, notes and quiz.', ko: 'MLOps 스터디 가이드 학습 도우미: 주간 계획, 체크리스트, 학습 노트, 퀴즈.' },
  next: { en: "Show this week's topics, checklist, assignment and what to do next", ko: '이번 주 주제, 체크리스트, 실습 과제와 다음 할 일 보기' },
  check: { en: 'Mark checklist items done (or not done with --undo)', ko: '체크리스트 항목을 완료로 표시 (--undo로 되돌리기)' },
  status: { en: 'Show progress per week, streak and quiz results', ko: '주차별 진행률, 연속 학습일, 퀴즈 결과 보기' },
  validate: { en: 'Validate a curriculum directory and report every problem', ko: '커리큘럼 디렉터리를 검사하고 모든 문제를 보고' },
  init: { en: 'Set your name, start date and language', ko: '이름, 시작일, 언어 설정' },
  config: { en: 'Show or repair the progress file', ko: '진행 상황 파일 확인 및 복구' },
  configPath: { en: 'Print the path of the progress file', ko: '진행 상황 파일 경로 출력' },
  show: { en: 'Read the study notes of a week, topic, tool or project, the lifecycle, the roadmap or the pinned versions', ko: '주차, 주제, 도구, 프로젝트, 라이프사이클, 로드맵 또는 고정한 버전 보기' },
  tools: { en: 'List the 16 tools of the guide by category', ko: '가이드의 도구 16개를 분류별로 보기' },
  resources: { en: "List the guide's recommended material and the tools' docs", ko: '가이드의 추천 학습 자료와 도구 공식 문서 보기' },
  search: { en: 'Search topics, tools, items and resources (Korean or English)', ko: '주제, 도구, 항목, 자료 검색 (한국어·영어)' },
  optNoPager: { en: 'print long output straight to the terminal, without a pager', ko: '긴 출력도 페이저 없이 바로 출력' },
  optCategory: { en: 'only this category (id or name)', ko: '이 분류만 (ID 또는 이름)' },
  quiz: { en: 'Self-review with spaced repetition (FSRS): due reviews first, then new questions', ko: '간격 반복(FSRS) 자가 복습: 복습할 문제 먼저, 그다음 새 문제' },
  optQuizWeek: { en: 'questions of this week only', ko: '이 주차 문제만' },
  optQuizAll: { en: 'questions of every week', ko: '모든 주차의 문제' },
  optQuizDue: { en: 'only reviews that are due', ko: '복습할 때가 된 문제만' },
  optQuizCount: { en: 'number of questions (default 5)', ko: '문제 수 (기본 5)' },
  optQuizSeed: { en: 'random seed, to repeat a session exactly', ko: '난수 시드 (같은 순서로 다시 풀기)' },
  optQuizRate: { en: 'after a right answer, rate it Hard / Good / Easy', ko: '맞힌 뒤 어려움/보통/쉬움으로 평가' },
  configRepair: { en: 'Recover what can be kept from a damaged progress file (backs up the original)', ko: '손상된 진행 상황 파일에서 살릴 수 있는 것을 복구 (원본 백업)' },
  optYesRepair: { en: 'repair without asking', ko: '묻지 않고 복구' },
  doctor: { en: 'Check the progress file, the curriculum and the terminal, and say how to fix problems', ko: '진행 상황 파일, 커리큘럼, 터미널을 점검하고 해결 방법 안내' },
  export: { en: 'Write a snapshot of your progress (JSON or Markdown) for the group, or the quiz questions for Anki', ko: '그룹과 공유할 진행 상황 스냅샷 쓰기 (JSON 또는 Markdown), 또는 퀴즈 문제를 Anki용으로 쓰기' },
  optFormat: { en: 'json, md, or anki: the quiz questions as an Anki import file (default: md for an -o file ending in .md, anki for .anki.txt, else json)', ko: 'json, md, 또는 anki: 퀴즈 문제를 Anki 가져오기 파일로 (기본값: -o 파일 이름이 .md로 끝나면 md, .anki.txt면 anki, 아니면 json)' },
  optOutput: { en: 'write to this file instead of the terminal (.md means Markdown, .anki.txt Anki)', ko: '화면 대신 이 파일에 쓰기 (.md면 Markdown, .anki.txt면 Anki)' },
  optForce: { en: 'write over an existing file', ko: '이미 있는 파일 덮어쓰기' },
  group: { en: "Show the study group's board from the members' snapshots", ko: '멤버 스냅샷으로 스터디 그룹 현황판 보기' },
  optMd: { en: 'print the weekly meeting agenda as Markdown', ko: '주간 미팅 안건을 Markdown으로 출력' },
  groupSync: { en: 'Pull the group repository, write your snapshot to members/<name>.json, commit and push', ko: '그룹 저장소를 pull하고 내 스냅샷을 members/<이름>.json에 써서 commit·push' },
  optNoPush: { en: 'commit locally, do not push', ko: '로컬에만 commit하고 push하지 않기' },
  optGroupDir: { en: 'the shared group directory (a git working copy) to remember', ko: '기억해 둘 그룹 공유 디렉터리 (git 작업 사본)' },
  import: { en: 'Turn a markdown study guide into a curriculum directory', ko: '마크다운 스터디 가이드를 커리큘럼 디렉터리로 변환' },
  optImportOutput: { en: 'the directory to write (default: named after the guide)', ko: '만들 디렉터리 (기본값: 가이드 제목)' },
  optWithProgress: { en: "save the guide's ticked boxes as done (a box unticked again undoes only an import's tick)", ko: '가이드에서 체크된 항목을 완료로 저장 (다시 해제된 항목은 import가 체크한 것만 되돌림)' },
  optImportForce: { en: 'replace what an earlier import wrote there (your own files stay)', ko: '전에 import가 쓴 파일 교체 (직접 추가한 파일은 남음)' },
  optDryRun: { en: 'show what would be written, write nothing', ko: '쓸 내용을 보여 주기만 하고 아무것도 쓰지 않음' },
  optWeeksFrom: { en: 'what makes the weeks: h1–h6 (headings of that level), table, list or sections', ko: '주차를 만들 기준: h1–h6(그 수준의 제목), table, list, sections' },
  optTopicColumn: { en: "the schedule table's topic column (its header or number from 1)", ko: '일정 표에서 주제가 있는 열 (열 제목 또는 1부터 세는 번호)' },
  new: { en: 'Create a starter curriculum with one commented example of everything', ko: '모든 요소의 주석 달린 예시가 든 새 커리큘럼 만들기' },
  optLang: { en: 'interface and content language (ko or en)', ko: '화면과 학습 내용 언어 (ko 또는 en)' },
  optCurriculum: { en: 'use the curriculum in this directory instead of the built-in one', ko: '내장 커리큘럼 대신 이 디렉터리의 커리큘럼 사용' },
  optNoColor: { en: 'disable colours', ko: '색상 끄기' },
  optWeek: { en: 'week number (default: the current week)', ko: '주차 번호 (기본값: 이번 주)' },
  optJson: { en: 'print JSON only (see README for the format)', ko: 'JSON만 출력 (형식은 README 참고)' },
  optUndo: { en: 'mark the items not done', ko: '항목을 미완료로 되돌리기' },
  optNote: { en: 'attach a short note to the items', ko: '항목에 짧은 메모 남기기' },
  optEvidence: { en: 'attach evidence: a PR or commit URL, an MLflow run ID, a file path or a short text (repeatable)', ko: '증거 첨부: PR·커밋 URL, MLflow run ID, 파일 경로 또는 짧은 글 (여러 번 가능)' },
  optClearNote: { en: 'remove the note (unticking keeps it; the tick stays as it is)', ko: '메모 삭제 (되돌리기는 메모를 남김; 완료 표시는 그대로)' },
  optRemoveEvidence: { en: 'remove this piece of evidence (repeatable; the tick stays as it is)', ko: '이 증거 삭제 (여러 번 가능; 완료 표시는 그대로)' },
  optStart: { en: 'start date of week 1 (YYYY-MM-DD)', ko: '1주차 시작일 (YYYY-MM-DD)' },
  optName: { en: 'your name', ko: '이름' },
  optYes: { en: 'do not ask; use the flags and current values', ko: '묻지 않고 옵션과 현재 값 사용' },
  // issue 15: commander's own options and the arguments
  optHelp: { en: 'show this help', ko: '이 도움말 보기' },
  helpCommand: { en: 'show the help of a command', ko: '명령의 도움말 보기' },
  optVersion: { en: 'print the version', ko: '버전 출력' },
  argWhat: { en: 'a week number, topic ID, tool ID, project ID, "lifecycle", "roadmap" or "versions"', ko: '주차 번호, 주제 ID, 도구 ID, 프로젝트 ID, "lifecycle", "roadmap", "versions" 중 하나' },
  argIds: { en: 'checklist item IDs (next shows them)', ko: '체크리스트 항목 ID (next에 나옴)' },
  argValidateDir: { en: 'a curriculum directory (default: the one in use)', ko: '커리큘럼 디렉터리 (기본값: 지금 쓰는 커리큘럼)' },
  argWords: { en: 'words to find, in Korean or English', ko: '찾을 단어 (한국어 또는 영어)' },
  argGroupDir: { en: 'the group directory (default: the one saved with init, else MLOPS_STUDY_GROUP_DIR)', ko: '그룹 디렉터리 (기본값: init으로 저장한 디렉터리, 없으면 MLOPS_STUDY_GROUP_DIR)' },
  argGuide: { en: 'a markdown study guide', ko: '마크다운 스터디 가이드 파일' },
  argNewDir: { en: 'the directory to create (new or empty)', ko: '만들 디렉터리 (새 디렉터리나 빈 디렉터리)' },
  // issue 20
  optExportWeek: { en: 'with --format anki: only the questions of this week', ko: '--format anki와 함께: 이 주차 문제만' },
  optHtml: { en: 'write the board and the meeting agenda as one HTML page (for the meeting screen or GitHub Pages)', ko: '현황판과 미팅 안건을 HTML 페이지 하나로 쓰기 (미팅 화면이나 GitHub Pages용)' },
  optForceHtml: { en: 'write over an existing page', ko: '이미 있는 페이지 덮어쓰기' },
  optShort: { en: 'one line for a shell prompt or status bar, e.g. "W2 3/7 · 4 due"', ko: '셸 프롬프트나 상태 표시줄용 한 줄, 예: "2주차 3/7 · 복습 4"' },
  completion: { en: 'Print the shell completion script for bash, zsh or fish', ko: 'bash, zsh, fish용 자동 완성 스크립트 출력' },
  argShell: { en: 'bash, zsh or fish', ko: 'bash, zsh, fish 중 하나' },
  // verify (issue 18)
  verify: { en: "Check your own project against this week's items: files, pipeline, Dockerfile, workflows, git", ko: '내 프로젝트를 이번 주 항목과 대조해 검사: 파일, 파이프라인, Dockerfile, 워크플로, git' },
  optProject: { en: 'the project to check (default: the saved one, else the git repository here)', ko: '검사할 프로젝트 (기본값: 저장한 프로젝트, 없으면 현재 위치의 git 저장소)' },
  optVerifyWeek: { en: "check this week's items only", ko: '이 주차 항목만 검사' },
  optVerifyAll: { en: 'check the items of every week', ko: '모든 주차 항목 검사' },
  optTick: { en: 'tick the items that passed, without asking', ko: '통과한 항목을 묻지 않고 체크' },
  optInitProject: { en: 'your own project repository, for verify', ko: 'verify가 검사할 내 프로젝트 저장소' },
  // the learning loop (issue 17)
  read: { en: 'Mark topics read (show <topic> does it as you read), or unread with --undo', ko: '주제를 읽음으로 표시 (show <주제>로 읽으면 저절로 표시됨), --undo로 되돌리기' },
  optReadUndo: { en: 'mark the topics unread', ko: '주제를 읽지 않음으로 되돌리기' },
  optNoMark: { en: 'only look: do not mark the topic read', ko: '보기만 하고 읽음으로 표시하지 않기' },
  argTopics: { en: 'topic IDs (next and show <week> list them)', ko: '주제 ID (next와 show <주차>에 나옴)' },
} satisfies HelpText;

/** Argument names and option values as the help shows them (`<what>`, `--week <n>`). */
const placeholders = {
  what: { en: '<what>', ko: '<대상>' },
  ids: { en: '[ids...]', ko: '[항목ID...]' },
  dir: { en: '[dir]', ko: '[디렉터리]' },
  newDir: { en: '<dir>', ko: '<디렉터리>' },
  words: { en: '<words...>', ko: '<단어...>' },
  guide: { en: '<guide>', ko: '<가이드파일>' },
  n: { en: '<n>', ko: '<n>' },
  week: { en: '<n>', ko: '<주차>' },
  count: { en: '<n>', ko: '<개수>' },
  lang: { en: '<lang>', ko: '<언어>' },
  dirValue: { en: '<dir>', ko: '<디렉터리>' },
  text: { en: '<text>', ko: '<메모>' },
  value: { en: '<value>', ko: '<증거>' },
  date: { en: '<date>', ko: '<날짜>' },
  name: { en: '<name>', ko: '<이름>' },
  category: { en: '<name>', ko: '<분류>' },
  format: { en: '<format>', ko: '<형식>' },
  file: { en: '<file>', ko: '<파일>' },
  topics: { en: '<topics...>', ko: '<주제...>' },
  shell: { en: '<shell>', ko: '<셸>' },
} satisfies HelpText;

export function placeholder(key: keyof typeof placeholders, lang: Lang): string {
  return placeholders[key][lang];
}

/**
 * Examples as typed after the program name; `$0` stands for the program where
 * it is not the first word (inside a shell construct).
 */
export const examples: Record<string, string[]> = {
  next: ['next', 'next --week 2', 'next --json'],
  check: ['check', 'check dvc-install-basics dvc-data-versioning', 'check git-mastery --note "branch + PR flow"', 'check week-2-assignment --evidence https://github.com/org/repo/pull/12', 'check git-mastery --undo', 'check git-mastery --clear-note', 'check week-2-assignment --remove-evidence https://github.com/org/repo/pull/12'],
  status: ['status', 'status --json', 'status --short'],
  validate: ['validate', 'validate ./my-curriculum --json'],
  init: ['init', 'init --start 2026-12-01 --name 지민 --lang ko --yes', 'init --group-dir ~/study-group --yes', 'init --project ~/iris-mlops --yes'],
  config: ['config path', 'config repair', 'config repair --yes'],
  'config path': ['config path', 'cat "$($0 config path)"'],
  'config repair': ['config repair', 'config repair --yes'],
  'group sync': ['group sync', 'group sync ~/study-group', 'group sync --no-push'],
  doctor: ['doctor', 'doctor --json'],
  import: ['import study-guide.md --dry-run', 'import study-guide.md -o my-course --with-progress', 'import schedule.md --weeks-from table --topic-column 주제', 'next --curriculum my-course'],
  new: ['new my-course', 'validate my-course'],
  export: ['export', 'export --format md', 'export -o snapshot.json --force', 'export --format anki -o mlops-study.anki.txt', 'export -o week-2.anki.txt --week 2 --lang ko'],
  group: ['group ~/study-group', '$0 group --md > agenda.md', 'group --html meeting.html', 'group ~/study-group --html ~/study-group/docs/index.html --force', 'group sync', 'group sync ~/study-group --no-push'],
  quiz: ['quiz', 'quiz --due', 'quiz --week 2 -n 10', 'quiz --all --seed 42', 'quiz --rate'],
  show: ['show 2', 'show dvc-basics', 'show dvc-basics --no-mark', 'show mlflow', 'show lifecycle', 'show roadmap', 'show versions', 'show project-1 --no-pager'],
  tools: ['tools', 'tools --category monitoring', 'tools --json'],
  resources: ['resources', 'resources --week 3', 'resources --json'],
  read: ['read dvc-basics dvc-remotes', 'read dvc-basics --undo'],
  verify: ['verify', 'verify --project ~/iris-mlops --week 2', 'verify --all --json', 'verify --tick', 'init --project ~/iris-mlops --yes'],
  search: ['search drift', 'search 드리프트', 'search dvc push --json'],
  completion: ['completion bash > ~/.local/share/bash-completion/completions/mlops-study', 'completion zsh > ~/.zfunc/_mlops-study', 'completion fish > ~/.config/fish/completions/mlops-study.fish', 'source <($0 completion bash)'],
};

export function describe(key: keyof typeof descriptions, lang: Lang): string {
  return descriptions[key][lang];
}

/** The examples of `command`, each started with `program` (how this run was started). */
export function examplesText(command: string, lang: Lang, program = 'mlops-study'): string {
  const list = examples[command];
  if (!list) return '';
  const line = (e: string) => (e.includes('$0') ? e.replaceAll('$0', program) : `${program} ${e}`);
  return `\n${lang === 'ko' ? '예시' : 'Examples'}:\n${list.map((e) => `  $ ${line(e)}`).join('\n')}\n`;
}
