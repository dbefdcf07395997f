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
  optNoPager: { en: 'print straight to the terminal, without less', ko: 'less 없이 바로 출력' },
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
  export: { en: 'Write a snapshot of your progress (JSON or Markdown) for the group', ko: '그룹과 공유할 진행 상황 스냅샷 쓰기 (JSON 또는 Markdown)' },
  optFormat: { en: 'json (default) or md', ko: 'json(기본) 또는 md' },
  optOutput: { en: 'write to FILE instead of stdout', ko: '표준 출력 대신 FILE에 쓰기' },
  optForce: { en: 'write over an existing file', ko: '이미 있는 파일 덮어쓰기' },
  group: { en: "Show the study group's board from the members' snapshots", ko: '멤버 스냅샷으로 스터디 그룹 현황판 보기' },
  optMd: { en: 'print the weekly meeting agenda as Markdown', ko: '주간 미팅 안건을 Markdown으로 출력' },
  groupSync: { en: 'Pull the group repository, write your snapshot to members/<name>.json, commit and push', ko: '그룹 저장소를 pull하고 내 스냅샷을 members/<이름>.json에 써서 commit·push' },
  optNoPush: { en: 'commit locally, do not push', ko: '로컬에만 commit하고 push하지 않기' },
  optGroupDir: { en: 'the shared group directory (a git working copy) to remember', ko: '기억해 둘 그룹 공유 디렉터리 (git 작업 사본)' },
  import: { en: 'Turn a markdown study guide into a curriculum directory', ko: '마크다운 스터디 가이드를 커리큘럼 디렉터리로 변환' },
  optImportOutput: { en: 'the directory to write (default: named after the guide)', ko: '만들 디렉터리 (기본값: 가이드 제목)' },
  optWithProgress: { en: 'save the checked tasks ([x]) as done in your progress', ko: '체크된 항목([x])을 내 진행 상황에 완료로 저장' },
  optImportForce: { en: 'replace a curriculum already in that directory', ko: '그 디렉터리의 기존 커리큘럼 교체' },
  new: { en: 'Create a starter curriculum with one commented example of everything', ko: '모든 요소의 주석 달린 예시가 든 새 커리큘럼 만들기' },
  optLang: { en: 'interface and content language (ko or en)', ko: '화면과 학습 내용 언어 (ko 또는 en)' },
  optCurriculum: { en: 'use the curriculum in DIR instead of the built-in one', ko: '내장 커리큘럼 대신 DIR의 커리큘럼 사용' },
  optNoColor: { en: 'disable colours', ko: '색상 끄기' },
  optWeek: { en: 'week number (default: the current week)', ko: '주차 번호 (기본값: 이번 주)' },
  optJson: { en: 'print JSON only (see README for the format)', ko: 'JSON만 출력 (형식은 README 참고)' },
  optUndo: { en: 'mark the items not done', ko: '항목을 미완료로 되돌리기' },
  optNote: { en: 'attach a short note to the items', ko: '항목에 짧은 메모 남기기' },
  optEvidence: { en: 'attach evidence: a PR or commit URL, an MLflow run ID, a file path or a short text (repeatable)', ko: '증거 첨부: PR·커밋 URL, MLflow run ID, 파일 경로 또는 짧은 글 (여러 번 가능)' },
  optStart: { en: 'start date of week 1 (YYYY-MM-DD)', ko: '1주차 시작일 (YYYY-MM-DD)' },
  optName: { en: 'your name', ko: '이름' },
  optYes: { en: 'do not ask; use the flags and current values', ko: '묻지 않고 옵션과 현재 값 사용' },
  // the learning loop (issue 17)
  read: { en: 'Mark topics read (show <topic> does it as you read), or unread with --undo', ko: '주제를 읽음으로 표시 (show <주제>가 읽을 때 표시), --undo로 되돌리기' },
  optReadUndo: { en: 'mark the topics unread', ko: '주제를 읽지 않음으로 되돌리기' },
  optNoMark: { en: 'only look: do not mark the topic read', ko: '보기만 하고 읽음으로 표시하지 않기' },
} satisfies HelpText;

export const examples: Record<string, string[]> = {
  next: ['mlops-study next', 'mlops-study next --week 2', 'mlops-study next --json'],
  check: ['mlops-study check', 'mlops-study check dvc-install-basics dvc-data-versioning', 'mlops-study check git-mastery --note "branch + PR flow"', 'mlops-study check week-2-assignment --evidence https://github.com/org/repo/pull/12', 'mlops-study check git-mastery --undo'],
  status: ['mlops-study status', 'mlops-study status --json'],
  validate: ['mlops-study validate', 'mlops-study validate ./my-curriculum --json'],
  init: ['mlops-study init', 'mlops-study init --start 2026-12-01 --name 지민 --lang ko --yes', 'mlops-study init --group-dir ~/study-group --yes'],
  config: ['mlops-study config path', 'mlops-study config repair', 'mlops-study config repair --yes'],
  'config path': ['mlops-study config path', 'cat "$(mlops-study config path)"'],
  'config repair': ['mlops-study config repair', 'mlops-study config repair --yes'],
  'group sync': ['mlops-study group sync', 'mlops-study group sync ~/study-group', 'mlops-study group sync --no-push'],
  doctor: ['mlops-study doctor', 'mlops-study doctor --json'],
  import: ['mlops-study import study-guide.md', 'mlops-study import study-guide.md -o my-course --with-progress', 'mlops-study next --curriculum my-course'],
  new: ['mlops-study new my-course', 'mlops-study validate my-course'],
  export: ['mlops-study export', 'mlops-study export --format md', 'mlops-study export -o snapshot.json --force'],
  group: ['mlops-study group ~/study-group', 'mlops-study group --md > agenda.md', 'mlops-study group sync', 'mlops-study group sync ~/study-group --no-push'],
  quiz: ['mlops-study quiz', 'mlops-study quiz --due', 'mlops-study quiz --week 2 -n 10', 'mlops-study quiz --all --seed 42', 'mlops-study quiz --rate'],
  show: ['mlops-study show 2', 'mlops-study show dvc-basics', 'mlops-study show dvc-basics --no-mark', 'mlops-study show mlflow', 'mlops-study show lifecycle', 'mlops-study show roadmap', 'mlops-study show versions', 'mlops-study show project-1 --no-pager'],
  tools: ['mlops-study tools', 'mlops-study tools --category monitoring', 'mlops-study tools --json'],
  resources: ['mlops-study resources', 'mlops-study resources --week 3', 'mlops-study resources --json'],
  read: ['mlops-study read dvc-basics dvc-remotes', 'mlops-study read dvc-basics --undo'],
  search: ['mlops-study search drift', 'mlops-study search 드리프트', 'mlops-study search dvc push --json'],
};

export function describe(key: keyof typeof descriptions, lang: Lang): string {
  return descriptions[key][lang];
}

export function examplesText(command: string, lang: Lang): string {
  const list = examples[command];
  if (!list) return '';
  return `\n${lang === 'ko' ? '예시' : 'Examples'}:\n${list.map((e) => `  $ ${e}`).join('\n')}\n`;
}
