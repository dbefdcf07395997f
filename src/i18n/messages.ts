/** Interface text in English and Korean. Curriculum text is translated in the curriculum itself. */
import type { Lang } from './lang.js';
import type { SkipReason } from '../group/board.js';
import type { FieldProblem } from '../group/snapshot-schema.js';
import type { Refusal } from '../util/regular-file.js';

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`);

const refusedEn = (r: Refusal): string => {
  switch (r.reason) {
    case 'missing':
      return 'does not exist';
    case 'symlink':
      return `is a symbolic link (to ${r.target}); only regular files are read`;
    case 'dangling':
      return `is a symbolic link to ${r.target}, which does not exist`;
    case 'outside':
      return `leads outside the directory (to ${r.target}); only files inside it are read`;
    case 'too-big':
      return `is ${size(r.size)}; at most ${size(r.max)} is read`;
    case 'unreadable':
      return `cannot be read (${r.code})`;
    case 'not-directory':
      return 'is a file, not a directory';
    default:
      return { directory: 'is a directory, not a file', fifo: 'is a named pipe (FIFO), not a file', device: 'is a device, not a file', socket: 'is a socket, not a file', special: 'is not a regular file' }[r.reason];
  }
};
/** What a path is, briefly (for members/ and a member file that group sync will not write to). */
const pathIsEn = (r: Refusal): string =>
  r.reason === 'symlink' || r.reason === 'dangling'
    ? `is a symbolic link (to ${r.target})`
    : r.reason === 'outside'
      ? `leads outside the repository (to ${r.target})`
      : r.reason === 'unreadable'
        ? `cannot be read (${r.code})`
        : ({ directory: 'is a directory', 'not-directory': 'is a file, not a directory', fifo: 'is a named pipe (FIFO)', device: 'is a device', socket: 'is a socket', special: 'is not a regular file' } as Record<string, string>)[r.reason] ?? refusedEn(r);
const fieldEn = (p: FieldProblem): string =>
  ({
    missing: 'is missing',
    text: 'should be text',
    number: 'should be a number',
    'whole-number': 'should be a whole number',
    'true-false': 'should be true or false',
    list: 'should be a list',
    object: 'should be an object',
    date: 'should be a date (YYYY-MM-DD)',
    time: 'should be a time (ISO 8601)',
    share: 'should be a share from 0 to 1, or null',
    'too-long': 'is too long',
    'too-many': 'has too many entries',
    'out-of-range': 'is out of range',
    empty: 'is empty',
    'done-over-total': 'is more than the total',
    value: 'has a value this mlops-study does not read',
  })[p];

const refusedKo = (r: Refusal): string => {
  switch (r.reason) {
    case 'missing':
      return '없습니다';
    case 'symlink':
      return `심볼릭 링크입니다(${r.target}를 가리킴). 일반 파일만 읽습니다`;
    case 'dangling':
      return `없는 대상(${r.target})을 가리키는 심볼릭 링크입니다`;
    case 'outside':
      return `디렉터리 밖(${r.target})으로 이어집니다. 디렉터리 안의 파일만 읽습니다`;
    case 'too-big':
      return `크기가 ${size(r.size)}입니다. ${size(r.max)}까지만 읽습니다`;
    case 'unreadable':
      return `읽을 수 없습니다 (${r.code})`;
    case 'not-directory':
      return '디렉터리가 아니라 파일입니다';
    default:
      return { directory: '파일이 아니라 디렉터리입니다', fifo: '파일이 아니라 이름 있는 파이프(FIFO)입니다', device: '파일이 아니라 장치입니다', socket: '파일이 아니라 소켓입니다', special: '일반 파일이 아닙니다' }[r.reason];
  }
};
const pathIsKo = (r: Refusal): string =>
  r.reason === 'symlink' || r.reason === 'dangling'
    ? `심볼릭 링크(${r.target})입니다`
    : r.reason === 'outside'
      ? `저장소 밖(${r.target})으로 이어집니다`
      : r.reason === 'unreadable'
        ? `읽을 수 없습니다 (${r.code})`
        : ({ directory: '디렉터리입니다', 'not-directory': '디렉터리가 아니라 파일입니다', fifo: '이름 있는 파이프(FIFO)입니다', device: '장치입니다', socket: '소켓입니다', special: '일반 파일이 아닙니다' } as Record<string, string>)[r.reason] ?? refusedKo(r);
const fieldKo = (p: FieldProblem): string =>
  ({
    missing: '없습니다',
    text: '텍스트여야 합니다',
    number: '숫자여야 합니다',
    'whole-number': '정수여야 합니다',
    'true-false': 'true나 false여야 합니다',
    list: '목록이어야 합니다',
    object: '객체여야 합니다',
    date: '날짜(YYYY-MM-DD)여야 합니다',
    time: '시각(ISO 8601)이어야 합니다',
    share: '0에서 1 사이의 비율이나 null이어야 합니다',
    'too-long': '너무 깁니다',
    'too-many': '항목이 너무 많습니다',
    'out-of-range': '범위를 벗어났습니다',
    empty: '비어 있습니다',
    'done-over-total': '전체 개수보다 큽니다',
    value: '이 mlops-study가 읽지 못하는 값입니다',
  })[p];

/** "1 week", "3 weeks" (and "1 look-alike checkbox", "2 look-alike checkboxes"). */
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const en = {
  weekOf: (n: number, total: number) => `Week ${n} of ${total}`,
  startsIn: (days: number) => `starts in ${days} day${days === 1 ? '' : 's'}`,
  finished: 'course finished',
  firstRun: (date: string) => `Your study starts today (${date}). Change it with: mlops-study init --start YYYY-MM-DD`,
  goals: 'Goals',
  topics: 'Topics',
  checklist: 'Checklist',
  carriedOver: 'Carried over from earlier weeks',
  assignment: 'Assignment',
  deliverables: 'Deliverables',
  bring: 'Bring to the weekly meeting',
  resources: 'Resources',
  nextStep: 'Next step',
  reviewsDue: (n: number) => `${n} quiz review${n === 1 ? '' : 's'} due`,
  done: 'done',
  noItems: 'No checklist items this week.',
  allDone: 'Everything this week is done.',
  suggestCheck: (id: string) => `Work on "${id}", then tick it off: mlops-study check ${id}`,
  suggestShow: (id: string) => `Start with the first topic: mlops-study show ${id}`,
  suggestQuiz: 'Review what is due: mlops-study quiz',
  suggestNextWeek: (n: number) => `This week is complete. Look ahead: mlops-study next --week ${n}`,
  suggestFinished: 'All done. Prepare your final presentation and review: mlops-study quiz --all',
  marked: 'Marked done',
  unmarked: 'Marked not done',
  unchanged: 'No change',
  alreadyDone: 'already done',
  notDone: 'was not done',
  noted: 'note or evidence added',
  weekProgress: (n: number, done: number, total: number) => `Week ${n}: ${done}/${total} done`,
  checkPrompt: (n: number) => `Week ${n}: tick what you have done`,
  checkPromptCarried: 'carried over',
  nothingChanged: 'Nothing changed.',
  overall: 'Overall',
  current: 'current',
  streak: (days: number) => `Streak: ${days} day${days === 1 ? '' : 's'}`,
  lastActive: (date: string) => `Last activity: ${date}`,
  noActivity: 'No activity yet',
  orphaned: (n: number) => `${n} saved item${n === 1 ? ' is' : 's are'} no longer in the curriculum (kept):`,
  validOk: (path: string) => `${path} is valid.`,
  validCounts: 'weeks, topics, items, questions, tools, resources',
  validErrors: (n: number) => `${n} problem${n === 1 ? '' : 's'} found.`,
  menuPrompt: 'What would you like to do?',
  menuNext: "This week's plan",
  menuCheck: 'Tick off items',
  menuQuiz: 'Quiz (spaced repetition)',
  menuStatus: 'Progress overview',
  menuQuit: 'Quit',
  initName: 'Your name (shown in group snapshots)',
  initStart: 'Start date of week 1 (YYYY-MM-DD)',
  initLang: 'Language',
  initCurrent: 'Current settings',
  initSaved: 'Saved.',
  initNotDate: 'Enter a real date as YYYY-MM-DD',
  notSet: '(not set)',
  quizNone: 'Quiz: nothing answered yet. Try: mlops-study quiz',
  quizLine: (seen: number, accuracy: string, due: number) => `Quiz: ${seen} questions seen · ${accuracy} correct · ${due} due`,
  quizRecent: 'Last scores:',
  quizByWeek: 'By week:',
  quizWeekShort: (week: number) => `W${week}`,
  kind: (kind: string) => kind,
  fullAssignment: (n: number) => `All steps: mlops-study show ${n}`,
  keyCommands: 'Key commands',
  exercise: 'Exercise',
  expected: 'What you should see',
  pitfalls: 'Common pitfalls',
  officialDocs: 'Official documentation',
  relatedItems: 'Checklist items',
  tools: 'Tools',
  category: 'Category',
  whenToPick: 'When to pick it',
  installCheck: 'Check that it is installed',
  usedInWeeks: 'Used in weeks',
  components: 'Components',
  goal: 'Goal',
  lifecycle: 'The MLOps lifecycle',
  weeksLabel: 'Weeks',
  topicOfWeek: (n: number, title: string) => `Week ${n}: ${title}`,
  quizAbout: (count: number, week: number) => `${count} quiz question${count === 1 ? '' : 's'} on this: mlops-study quiz --week ${week}`,
  homepage: 'Home page',
  docs: 'Docs',
  courseResources: 'Recommended study material',
  toolDocs: 'Official tool documentation',
  searchNone: (q: string) => `Nothing matches "${q}".`,
  searchHint: 'Try fewer or other words, in Korean or English.',
  searchResults: (n: number, q: string) => `${n} result${n === 1 ? '' : 's'} for "${q}"`,
  kindTopic: 'topic',
  kindTool: 'tool',
  kindItem: 'item',
  kindResource: 'resource',
  kindStage: 'lifecycle',
  kindWeek: 'week',
  weekHeading: (n: number) => `Week ${n}`,
  evidence: 'Evidence',
  quizTrue: 'True',
  quizFalse: 'False',
  quizSelectAll: 'Select all that apply',
  quizOrderHelp: '↑↓ move • space pick up / drop • ⏎ submit',
  quizMatchPrompt: (left: string, i: number, n: number) => `(${i}/${n}) ${left} →`,
  quizProgress: (i: number, n: number, week: number) => `Question ${i}/${n} · week ${week}`,
  quizRight: 'Correct',
  quizWrong: 'Not quite',
  quizAnswer: 'Answer',
  quizAlsoAccepted: 'also accepted',
  quizWhy: 'Why',
  quizRevisit: 'Revisit',
  quizSource: 'Source',
  quizRate: 'How hard was it?',
  quizHard: 'Hard: I had to think',
  quizGood: 'Good: I knew it',
  quizEasy: 'Easy: instantly',
  quizScore: (score: number, total: number) => `Score: ${score}/${total}`,
  quizTime: (seconds: number) => `Time: ${seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`}`,
  quizMissed: 'Topics to revisit',
  quizNextReview: (when: string) => `Next review due: ${when}`,
  quizNoneDue: 'Nothing to review right now and no new questions in the weeks so far.',
  quizNoneDueNext: (when: string) => `Nothing to review right now. Next review due: ${when}.`,
  quizTryAll: 'Practise anyway: mlops-study quiz --all, or a week: mlops-study quiz --week N',
  quizSaved: 'Every answer is saved as you go.',
  quizNotTTY: 'Run it in a terminal. `mlops-study status` shows your quiz results.',
  quizDueToday: 'today',
  errWeek: (count: number, value: string) => `--week must be a week number from 1 to ${count}, got "${value}"`,
  hintWeek: (example: number) => `Try: mlops-study next --week ${example}`,
  errUnknownIds: (list: string, many: boolean) => `unknown item ID${many ? 's' : ''}: ${list}`,
  didYouMean: (guesses: string) => `did you mean ${guesses}?`,
  hintUnknownIds: 'See the IDs with `mlops-study next` or `mlops-study status`.',
  errNotTerminal: (what: string) => `${what} needs an interactive terminal (stdin is not a terminal)`,
  whatChooseItems: 'choosing items interactively',
  hintCheckIds: 'Pass the item IDs instead, e.g. `mlops-study check dvc-install-basics` (IDs are shown by `mlops-study next`).',
  errNoWeek: (key: string, count: number) => `there is no week ${key}: the course has weeks 1–${count}`,
  hintShowWeek: 'Try: mlops-study show 1',
  errNothingToShow: (query: string) => `nothing to show for "${query}"`,
  hintItemTopic: (id: string, topic: string) => `"${id}" is a checklist item; its topic is: mlops-study show ${topic}`,
  hintDidYouMean: (list: string) => `Did you mean: ${list}?`,
  hintShowWhat: 'Show a week number, a topic ID (see `mlops-study next`), a tool ID (see `mlops-study tools`), a project ID, "lifecycle", "roadmap" or "versions". `mlops-study search <words>` finds IDs.',
  errStartDate: (value: string) => `--start must be a real date as YYYY-MM-DD, got "${value}"`,
  hintStartDate: 'For example: mlops-study init --start 2026-12-01',
  errInitNeedsInput: 'init needs a terminal to ask, or flags to set',
  hintInitFlags: 'For example: mlops-study init --start 2026-12-01 --name Jimin --lang ko',
  errFormat: (value: string) => `--format must be json or md, got "${value}"`,
  errExists: (file: string) => `${file} already exists`,
  hintForce: 'Pass --force to write over it.',
  errCannotWrite: (file: string, reason: string) => `cannot write ${file}: ${reason}`,
  errQuizModes: 'choose one of --week, --all and --due',
  hintQuizModes: 'For example: mlops-study quiz --due',
  errCount: (value: string) => `-n must be a whole number from 1 to 500, got "${value}"`,
  errSeed: (value: string) => `--seed must be a whole number, got "${value}"`,
  errToolCategory: (value: string) => `unknown tool category "${value}"`,
  hintCategories: (list: string) => `Categories: ${list}`,
  errSearchEmpty: 'search needs at least one word',
  hintSearch: 'For example: mlops-study search drift',
  errEvidenceUndo: '--evidence cannot be combined with --undo',
  errEvidenceIds: '--evidence needs the item IDs it belongs to',
  hintEvidence: 'For example: mlops-study check week-2-assignment --evidence https://github.com/org/repo/pull/12',
  errEvidenceEmpty: '--evidence must not be empty',
  errEvidenceLine: '--evidence must be one line of plain text (no control characters)',
  errEvidenceLong: (length: number) => `--evidence is at most 500 characters (got ${length})`,
  // group sync (issue 12)
  syncPulled: (n: number) => `pulled ${n} commit${n === 1 ? '' : 's'}`,
  syncCommitted: 'committed a new snapshot',
  syncUnchanged: 'snapshot unchanged',
  syncPushed: (target: string, tries: number) => `pushed to ${target}${tries > 1 ? ` on try ${tries} (others pushed first)` : ''}`,
  syncNotPushed: 'not pushed',
  syncSeeBoard: 'See the board: mlops-study group',
  // issue 16: the guide's roadmap and checklist, and the pinned versions
  roadmapStage: (n: number, title: string) => `Roadmap stage ${n}: ${title}`,
  stageWhen: (duration: string, weeks: string) => `${duration} in the guide · ${weeks} here`,
  duration: (min: number, max: number) => (min === max ? `${min} week${min === 1 ? '' : 's'}` : `${min}–${max} weeks`),
  weekSpan: (span: string, many: boolean) => `${many ? 'weeks' : 'week'} ${span}`,
  stageShort: (n: number) => `roadmap stage ${n}`,
  stageRow: (n: number, title: string, duration: string, weeks: string) => `Stage ${n} ${title} (${duration} → ${weeks})`,
  sectionShort: (title: string) => `checklist (${title})`,
  inGuide: (places: string) => `In the guide: ${places}`,
  roadmapHeading: (min: number, max: number, weeks: number) => `The guide's roadmap: ${min}–${max} weeks; here ${weeks}`,
  guideChecklist: "The guide's checklist",
  sharedItem: (id: string, places: string) => `${id} is in ${places}: one tick counts for each.`,
  roadmapMore: 'How the weeks map onto the roadmap: mlops-study show roadmap',
  roadmapTitle: "The guide's roadmap",
  noRoadmap: 'This curriculum has no roadmap.',
  stageItems: 'Checkboxes',
  versionsTitle: 'Pinned versions',
  versionsIntro: (date: string, example: string) => `The notes were checked against these releases (as of ${date}). Install exactly these, for example: pip install "${example}"`,
  versionsNone: 'This curriculum pins no versions.',
  versionsPackage: 'package',
  versionsVersion: 'version',
  // Other people's files (issue 14)
  fileRefused: refusedEn,
  pathIs: pathIsEn,
  fieldProblem: fieldEn,
  skipReason: (r: SkipReason): string => {
    switch (r.kind) {
      case 'file':
        return `the file ${refusedEn(r.refusal)}`;
      case 'folder':
        return `not read: it ${pathIsEn(r.refusal)}`;
      case 'not-json':
        return 'not JSON';
      case 'not-snapshot':
        return 'not a snapshot (no snapshotVersion)';
      case 'newer':
        return `snapshotVersion ${r.version} is newer than this mlops-study reads (1); upgrade mlops-study`;
      case 'field':
        return `field ${r.path} ${fieldEn(r.problem)}`;
      case 'other-curriculum':
        return `another curriculum ("${r.id}", not "${r.expected}")`;
      case 'duplicate':
        return `duplicate member "${r.name}" (also in ${r.other})`;
      case 'too-many-files':
        return `${r.notRead} more file${r.notRead === 1 ? ' was' : 's were'} not read (at most ${r.max} are)`;
    }
  },
  groupSkipped: (n: number) => `Skipped ${n} snapshot${n === 1 ? '' : 's'}:`,
  errMembersFolder: (dir: string, what: string) => `members/ in ${dir} ${what}; group sync writes only into a real members/ directory inside the repository, so nothing was changed`,
  hintMembersFolder: 'Someone committed it: remove it (git rm members, then commit) or ask who did, then sync again.',
  errMemberFile: (file: string, what: string) => `${file} ${what}; group sync writes your snapshot only as a regular file, so nothing was changed`,
  hintMemberFile: (file: string) => `Remove it (git rm ${file}, then commit) and sync again.`,
  errSyncNeedsName: 'group sync needs your name: it is how the group sees you on the board',
  errExportNeedsName: 'export needs your name: it is written into the snapshot',
  hintNeedsName: 'Choose it once: mlops-study init --name "<your name>"',
  nameEmpty: 'enter a name',
  nameControl: 'a name cannot contain control or text-direction characters',
  nameLong: (max: number) => `a name is at most ${max} characters`,
  errName: (problem: string) => `--name cannot be used: ${problem}`,
  hintName: 'For example: mlops-study init --name "Jimin Kim"',
  syncMoved: (from: string, to: string) => `moved your snapshot ${from} → ${to}`,
  errStartRange: (value: string, min: string, max: string) => `--start ${value} is not a plausible start date; choose one from ${min} to ${max}`,
  initStartRange: (min: string, max: string) => `Choose a date from ${min} to ${max}`,
  errUnknownOption: (option: string) => `unknown option '${option}'`,
  usageHint: "Run 'mlops-study --help' for usage.",
  // import: guides of every shape, appendix units, labels (issue 19)
  importNoFile: (file: string) => `no such file: ${file}`,
  importIsDirectory: (file: string) => `${file} is a directory; import reads one markdown file`,
  importCannotRead: (file: string, reason: string) => `cannot read ${file}: ${reason}`,
  importNotRegular: (file: string) => `${file} is not a regular file (a device, pipe or socket); import reads a markdown file`,
  importTooLarge: (file: string, size: string, max: string) => `${file} is ${size} MB; import reads guides of at most ${max} MB`,
  importUtf16NoBom: (file: string) => `${file} looks like UTF-16 text without a byte-order mark; save it as UTF-8 (or UTF-16 with a BOM) and import again`,
  importBinary: (file: string) => `${file} is not a text file (it contains NUL bytes); import reads markdown`,
  importEucKr: (file: string) => `${file} is EUC-KR (CP949) text, not UTF-8; convert it first: iconv -f cp949 -t utf-8 ${file} > guide-utf8.md`,
  importNotUtf8: (file: string) => `${file} is not UTF-8 text; save it as UTF-8 and import again`,
  importEmpty: (file: string) => `nothing to import: ${file} is empty`,
  importNothing: (file: string) => `found nothing to study in ${file}: no headings, tasks or text`,
  importTargetNotDir: (dir: string) => `${dir} exists and is not a directory`,
  importTargetNotCurriculum: (dir: string) => `${dir} is not empty and holds no curriculum (no course.yaml): import never writes into it, with or without --force`,
  importTargetNotImported: (dir: string) => `${dir} holds a curriculum that import did not write: import never replaces it, with or without --force`,
  importTargetExists: (dir: string) => `${dir} already holds a curriculum imported earlier`,
  importHintOutput: 'Choose another directory with -o DIR.',
  importHintForce: 'Pass --force to replace what import wrote there (your own files stay), or -o to choose another directory.',
  importOwnFilesBreak: (dir: string, problems: string) => `the new import does not fit the files you added to ${dir}; nothing was changed:\n${problems}`,
  importHintOwnFiles: 'Update those files (for example a question whose topic the guide renamed), or import into another directory with -o.',
  importInvalid: (dir: string, problems: string) => `the imported curriculum does not validate (a bug in import; please report it); nothing was written to ${dir}:\n${problems}`,
  importErrWeeksFrom: (value: string) => `--weeks-from must be h1–h6, table, list or sections, got "${value}"`,
  importHintWeeksFrom: 'For example: mlops-study import guide.md --weeks-from h3',
  importErrTopicColumn: '--topic-column needs a column header or a column number (from 1)',
  importDone: (source: string, dir: string) => `Imported ${source} → ${dir}`,
  importDryRun: (source: string, dir: string) => `Dry run: ${source} would become ${dir} (nothing written)`,
  importCounts: (weeks: number, appendix: number, topics: number, items: number, resources: number) =>
    [plural(weeks, 'week'), ...(appendix ? [plural(appendix, 'appendix unit')] : []), plural(topics, 'topic'), plural(items, 'checklist item'), plural(resources, 'resource')].join(', '),
  importStructure: (kind: string) =>
    ({ headings: 'weeks from headings that name weeks, stages or modules', table: 'weeks from the rows of a schedule table', list: 'weeks from the items of a plan list', sections: 'weeks from the top-level sections (no week numbers found)' })[kind] ?? kind,
  importLanguage: (lang: string, encoding: string) => `${lang === 'ko' ? 'Korean' : 'English'} prose, ${encoding}`,
  importUnitsHeading: 'Units',
  importAppendixKey: 'A',
  importUnitCounts: (topics: number, items: number, checked: number) => `${plural(topics, 'topic')} · ${plural(items, 'item')}${checked ? ` (${checked} checked)` : ''}`,
  importWouldWrite: (files: number) => `${plural(files, 'file')} would be written.`,
  importPlacedHeading: 'Outside the weeks',
  importPlacedTo: (to: string, unit?: string) =>
    ({ intro: 'course description and the introduction unit', appendix: `appendix unit${unit ? ` "${unit}"` : ''}`, resources: 'course resources', unit: `a topic of ${unit ?? 'the unit before'}`, contents: 'a table of contents: skipped', weeks: 'its schedule table, row by row into the weeks it names' })[to] ?? to,
  importBoxesHeading: 'Checkboxes',
  importTakenEmpty: (n: number, lines: string) => `${plural(n, 'empty cell')} of a status column taken as open checklist ${n === 1 ? 'item' : 'items'} (${lines})`,
  importTaken: (n: number, mark: string, origin: string, lines: string) =>
    `${plural(n, origin === 'table' ? 'table cell' : origin === 'line' ? 'line' : 'list item')} marked ${mark} taken as checklist ${n === 1 ? 'item' : 'items'} (${lines})`,
  importLookalikes: (n: number, examples: string, lines: string) => `${plural(n, 'look-alike checkbox', 'look-alike checkboxes')} kept as text, not items: ${examples}${n > 2 ? ' …' : ''} (${lines})`,
  importLinksHeading: 'Links',
  importLinksNotWeb: (n: number, example: string, lines: string) => `${plural(n, 'link')} to files or other non-web addresses, not resources: ${example}${n > 1 ? ' …' : ''} (${lines})`,
  importLinksAnchor: (n: number, lines: string) => `${plural(n, 'link')} to sections of the guide itself (#…), not resources (${lines})`,
  importLinksBadge: (n: number, lines: string) => `${plural(n, 'image-only link')} (badges) skipped (${lines})`,
  importLinksControl: (n: number, lines: string) =>
    n === 1 ? `1 link: its address holds control or bidi characters, not made a resource (${lines})` : `${n} links: their addresses hold control or bidi characters, not made resources (${lines})`,
  importRenamedHeading: 'Edited items keep their progress',
  importNotesHeading: 'Notes',
  importSplit: (n: number) => `${plural(n, 'topic')} too large for one file ${n === 1 ? 'was' : 'were'} split into parts`,
  importKept: (n: number, files: string) => `${plural(n, 'file')} of your own kept: ${files}${n > 3 ? ' …' : ''}`,
  importProgressHeading: 'Your progress',
  importTicked: (n: number) => `${plural(n, 'item')} checked in the guide ${n === 1 ? 'was' : 'were'} saved as done.`,
  importUnticked: (n: number) => `${plural(n, 'tick')} from an earlier import ${n === 1 ? 'was' : 'were'} undone: unticked in the guide now.`,
  importKeptTicks: (n: number) => `${plural(n, 'item')} you ticked yourself (check or verify) ${n === 1 ? 'stays' : 'stay'} done, though the guide leaves ${n === 1 ? 'it' : 'them'} unticked.`,
  importProgressSame: 'Already in step with the guide.',
  importHintProgress: (n: number) => `The guide has ${plural(n, 'checked item')}; add --with-progress to save ${n === 1 ? 'it' : 'them'} as done.`,
  importNext: (dir: string) => `Next: mlops-study next --curriculum ${dir}`,
  importNextDry: 'Run it again without --dry-run to write it.',
  importLine: (n: number) => `line ${n}`,
  importLines: (range: string) => `lines ${range}`,
  // appendix units and week labels in the daily commands (issue 19)
  unitOf: (label: string, n: number, total: number) => `${label} (${n} of ${total})`,
  appendix: 'Appendix',
  appendixUnit: 'appendix',
  appendixList: (titles: string) => `Appendix: ${titles}`,
  // issue 20: shell completion and the one-line status
  completeDone: 'done',
  completeWeek: (n: number, title: string) => `week ${n}: ${title}`,
  completeTopic: (n: number, title: string) => `topic, week ${n}: ${title}`,
  completeTool: (name: string) => `tool: ${name}`,
  completeProject: (title: string) => `project: ${title}`,
  completeLang: (lang: string) => (lang === 'ko' ? 'Korean' : 'English'),
  completeFormat: (format: string) => (format === 'md' ? 'Markdown for meeting notes' : 'JSON snapshot for the group'),
  completeShell: (shell: string) => `completion script for ${shell}`,
  completeToday: 'today',
  shortWeek: (week: number) => `W${week}`,
  shortAfter: (week: number) => `W${week}+`,
  shortDue: (n: number) => `${n} due`,
  shortStartsIn: (days: number) => `in ${days}d`,
  errShortJson: '--short and --json cannot be combined',
  hintShortJson: 'For a prompt: mlops-study status --short; for scripts: mlops-study status --json',
  errShell: (value: string) => `no completion for the shell "${value}"`,
  hintShell: 'Use bash, zsh or fish, for example: mlops-study completion bash',
} as const;

type Messages = { [K in keyof typeof en]: (typeof en)[K] extends (...args: infer A) => string ? (...args: A) => string : string };

const ko: Messages = {
  weekOf: (n, total) => `${total}주 중 ${n}주차`,
  startsIn: (days) => `${days}일 후 시작`,
  finished: '과정 완료',
  firstRun: (date) => `오늘(${date})부터 스터디를 시작합니다. 바꾸려면: mlops-study init --start YYYY-MM-DD`,
  goals: '학습 목표',
  topics: '주제',
  checklist: '체크리스트',
  carriedOver: '지난 주에서 넘어온 항목',
  assignment: '실습 과제',
  deliverables: '제출물',
  bring: '주간 미팅에서 공유할 것',
  resources: '학습 자료',
  nextStep: '다음 할 일',
  reviewsDue: (n) => `복습할 퀴즈 ${n}개`,
  done: '완료',
  noItems: '이번 주에는 체크리스트 항목이 없습니다.',
  allDone: '이번 주 항목을 모두 마쳤습니다.',
  suggestCheck: (id) => `"${id}"를 진행한 뒤 체크하세요: mlops-study check ${id}`,
  suggestShow: (id) => `첫 주제부터 시작하세요: mlops-study show ${id}`,
  suggestQuiz: '복습할 문제를 풀어 보세요: mlops-study quiz',
  suggestNextWeek: (n) => `이번 주를 모두 마쳤습니다. 다음 주 미리 보기: mlops-study next --week ${n}`,
  suggestFinished: '모두 마쳤습니다. 최종 발표를 준비하고 복습하세요: mlops-study quiz --all',
  marked: '완료로 표시',
  unmarked: '미완료로 되돌림',
  unchanged: '변경 없음',
  alreadyDone: '이미 완료',
  notDone: '완료 상태가 아님',
  noted: '메모·증거 추가',
  weekProgress: (n, done, total) => `${n}주차: ${done}/${total} 완료`,
  checkPrompt: (n) => `${n}주차: 마친 항목을 체크하세요`,
  checkPromptCarried: '이월',
  nothingChanged: '바뀐 것이 없습니다.',
  overall: '전체',
  current: '이번 주',
  streak: (days) => `연속 학습: ${days}일`,
  lastActive: (date) => `마지막 활동: ${date}`,
  noActivity: '아직 활동 기록이 없습니다',
  orphaned: (n) => `커리큘럼에 더 이상 없는 저장 항목 ${n}개 (보관 중):`,
  validOk: (path) => `${path}: 문제 없음.`,
  validCounts: '주차, 주제, 항목, 문제, 도구, 자료',
  validErrors: (n) => `문제 ${n}개를 찾았습니다.`,
  menuPrompt: '무엇을 할까요?',
  menuNext: '이번 주 계획',
  menuCheck: '항목 체크',
  menuQuiz: '퀴즈 (간격 반복 복습)',
  menuStatus: '진행 상황',
  menuQuit: '종료',
  initName: '이름 (그룹 스냅샷에 표시)',
  initStart: '1주차 시작일 (YYYY-MM-DD)',
  initLang: '언어',
  initCurrent: '현재 설정',
  initSaved: '저장했습니다.',
  initNotDate: 'YYYY-MM-DD 형식의 실제 날짜를 입력하세요',
  notSet: '(설정 안 됨)',
  quizNone: '퀴즈: 아직 푼 문제가 없습니다. 시작하기: mlops-study quiz',
  quizLine: (seen, accuracy, due) => `퀴즈: ${seen}문제 학습 · 정답률 ${accuracy} · 복습 대기 ${due}개`,
  quizRecent: '최근 점수:',
  quizByWeek: '주차별:',
  quizWeekShort: (week) => `${week}주`,
  kind: (kind) => ({ course: '강의', book: '도서', docs: '문서', blog: '블로그', video: '영상', article: '글' })[kind] ?? kind,
  fullAssignment: (n) => `전체 단계 보기: mlops-study show ${n}`,
  keyCommands: '핵심 명령어',
  exercise: '실습',
  expected: '이렇게 나오면 성공',
  pitfalls: '자주 하는 실수',
  officialDocs: '공식 문서',
  relatedItems: '관련 체크리스트 항목',
  tools: '도구',
  category: '분류',
  whenToPick: '언제 고르나',
  installCheck: '설치 확인',
  usedInWeeks: '사용 주차',
  components: '구성 요소',
  goal: '목표',
  lifecycle: 'MLOps 라이프사이클',
  weeksLabel: '주차',
  topicOfWeek: (n, title) => `${n}주차: ${title}`,
  quizAbout: (count, week) => `이 주제의 퀴즈 ${count}문제: mlops-study quiz --week ${week}`,
  homepage: '홈페이지',
  docs: '문서',
  courseResources: '추천 학습 자료',
  toolDocs: '도구 공식 문서',
  searchNone: (q) => `"${q}"와 일치하는 내용이 없습니다.`,
  searchHint: '단어를 줄이거나 바꿔 보세요. 한국어와 영어 모두 찾습니다.',
  searchResults: (n, q) => `"${q}" 검색 결과 ${n}개`,
  kindTopic: '주제',
  kindTool: '도구',
  kindItem: '항목',
  kindResource: '자료',
  kindStage: '라이프사이클',
  kindWeek: '주차',
  weekHeading: (n) => `${n}주차`,
  evidence: '증거 자료',
  quizTrue: '참 (O)',
  quizFalse: '거짓 (X)',
  quizSelectAll: '해당하는 것을 모두 고르세요',
  quizOrderHelp: '↑↓ 이동 • 스페이스 집기/놓기 • ⏎ 제출',
  quizMatchPrompt: (left, i, n) => `(${i}/${n}) ${left} →`,
  quizProgress: (i, n, week) => `문제 ${i}/${n} · ${week}주차`,
  quizRight: '정답',
  quizWrong: '오답',
  quizAnswer: '정답',
  quizAlsoAccepted: '다른 정답',
  quizWhy: '해설',
  quizRevisit: '다시 볼 주제',
  quizSource: '출처',
  quizRate: '얼마나 어려웠나요?',
  quizHard: '어려움: 생각이 필요했다',
  quizGood: '보통: 알고 있었다',
  quizEasy: '쉬움: 바로 알았다',
  quizScore: (score, total) => `점수: ${score}/${total}`,
  quizTime: (seconds) => `걸린 시간: ${seconds < 60 ? `${seconds}초` : `${Math.floor(seconds / 60)}분 ${seconds % 60}초`}`,
  quizMissed: '다시 볼 주제',
  quizNextReview: (when) => `다음 복습: ${when}`,
  quizNoneDue: '지금 복습할 문제도, 지금까지의 주차에 새 문제도 없습니다.',
  quizNoneDueNext: (when) => `지금 복습할 문제가 없습니다. 다음 복습: ${when}.`,
  quizTryAll: '그래도 연습하려면: mlops-study quiz --all 또는 특정 주차: mlops-study quiz --week N',
  quizSaved: '답은 하나씩 바로 저장됩니다.',
  quizNotTTY: '터미널에서 실행하세요. 퀴즈 결과는 `mlops-study status`로 볼 수 있습니다.',
  errWeek: (count, value) => `--week에는 1부터 ${count} 사이의 주차 번호를 주세요. 받은 값: "${value}"`,
  hintWeek: (example) => `예: mlops-study next --week ${example}`,
  errUnknownIds: (list) => `없는 항목 ID: ${list}`,
  didYouMean: (guesses) => `혹시 ${guesses}?`,
  hintUnknownIds: 'ID는 `mlops-study next`나 `mlops-study status`에서 볼 수 있습니다.',
  errNotTerminal: (what) => `${what}에는 대화형 터미널이 필요합니다 (표준 입력이 터미널이 아님)`,
  whatChooseItems: '항목을 골라 체크하기',
  hintCheckIds: '대신 항목 ID를 주세요. 예: `mlops-study check dvc-install-basics` (ID는 `mlops-study next`에 나옵니다).',
  errNoWeek: (key, count) => `${key}주차는 없습니다. 이 과정은 1–${count}주차입니다`,
  hintShowWeek: '예: mlops-study show 1',
  errNothingToShow: (query) => `"${query}"에 해당하는 내용이 없습니다`,
  hintItemTopic: (id, topic) => `"${id}"는 체크리스트 항목입니다. 이 항목의 주제: mlops-study show ${topic}`,
  hintDidYouMean: (list) => `혹시 이것인가요: ${list}`,
  hintShowWhat: '주차 번호, 주제 ID(`mlops-study next`에 나옴), 도구 ID(`mlops-study tools`), 프로젝트 ID, "lifecycle", "roadmap", "versions" 중 하나를 주세요. ID는 `mlops-study search <단어>`로 찾을 수 있습니다.',
  errStartDate: (value) => `--start에는 YYYY-MM-DD 형식의 실제 날짜를 주세요. 받은 값: "${value}"`,
  hintStartDate: '예: mlops-study init --start 2026-12-01',
  errInitNeedsInput: 'init은 물어볼 터미널이나 설정할 옵션이 필요합니다',
  hintInitFlags: '예: mlops-study init --start 2026-12-01 --name 지민 --lang ko',
  errFormat: (value) => `--format에는 json이나 md를 주세요. 받은 값: "${value}"`,
  errExists: (file) => `${file} 파일이 이미 있습니다`,
  hintForce: '덮어쓰려면 --force를 붙이세요.',
  errCannotWrite: (file, reason) => `${file}에 쓸 수 없습니다: ${reason}`,
  errQuizModes: '--week, --all, --due 중 하나만 고르세요',
  hintQuizModes: '예: mlops-study quiz --due',
  errCount: (value) => `-n에는 1부터 500 사이의 정수를 주세요. 받은 값: "${value}"`,
  errSeed: (value) => `--seed에는 정수를 주세요. 받은 값: "${value}"`,
  errToolCategory: (value) => `없는 도구 분류: "${value}"`,
  hintCategories: (list) => `분류: ${list}`,
  errSearchEmpty: '검색할 단어를 하나 이상 주세요',
  hintSearch: '예: mlops-study search 드리프트',
  errEvidenceUndo: '--evidence는 --undo와 함께 쓸 수 없습니다',
  errEvidenceIds: '--evidence에는 그 증거가 속한 항목 ID가 필요합니다',
  hintEvidence: '예: mlops-study check week-2-assignment --evidence https://github.com/org/repo/pull/12',
  errEvidenceEmpty: '--evidence가 비어 있습니다',
  errEvidenceLine: '--evidence는 제어 문자 없는 한 줄의 텍스트여야 합니다',
  errEvidenceLong: (length) => `--evidence는 500자까지입니다 (받은 길이 ${length}자)`,
  quizDueToday: '오늘',
  // group sync (issue 12)
  syncPulled: (n) => `커밋 ${n}개를 받음`,
  syncCommitted: '새 스냅샷을 커밋함',
  syncUnchanged: '스냅샷 변경 없음',
  syncPushed: (target, tries) => `${target}에 push함${tries > 1 ? ` (다른 사람이 먼저 push해서 ${tries}번째 시도에 성공)` : ''}`,
  syncNotPushed: 'push하지 않음',
  syncSeeBoard: '그룹 현황 보기: mlops-study group',
  // issue 16: the guide's roadmap and checklist, and the pinned versions
  roadmapStage: (n, title) => `로드맵 ${n}단계: ${title}`,
  stageWhen: (duration, weeks) => `가이드 ${duration} · 이 과정 ${weeks}`,
  duration: (min, max) => (min === max ? `${min}주` : `${min}-${max}주`),
  weekSpan: (span) => `${span}주차`,
  stageShort: (n) => `로드맵 ${n}단계`,
  stageRow: (n, title, duration, weeks) => `${n}단계 ${title} (${duration} → ${weeks})`,
  sectionShort: (title) => `체크리스트(${title})`,
  inGuide: (places) => `가이드: ${places}`,
  roadmapHeading: (min, max, weeks) => `학습 로드맵: 가이드 ${min}–${max}주, 이 과정 ${weeks}주`,
  guideChecklist: '학습 체크리스트',
  sharedItem: (id, places) => `${id}: ${places}에 모두 있어 한 번 체크하면 모두 반영됩니다.`,
  roadmapMore: '주차와 로드맵의 관계: mlops-study show roadmap',
  roadmapTitle: '학습 로드맵',
  noRoadmap: '이 커리큘럼에는 로드맵이 없습니다.',
  stageItems: '체크 항목',
  versionsTitle: '고정한 버전',
  versionsIntro: (date, example) => `노트는 아래 릴리스로 확인했습니다(${date} 기준). 이 버전을 그대로 설치하세요. 예: pip install "${example}"`,
  versionsNone: '이 커리큘럼에는 고정한 버전이 없습니다.',
  versionsPackage: '패키지',
  versionsVersion: '버전',
  // Other people's files (issue 14)
  fileRefused: refusedKo,
  pathIs: pathIsKo,
  fieldProblem: fieldKo,
  skipReason: (r) => {
    switch (r.kind) {
      case 'file':
        return refusedKo(r.refusal);
      case 'folder':
        return `읽지 않았습니다: ${pathIsKo(r.refusal)}`;
      case 'not-json':
        return 'JSON이 아닙니다';
      case 'not-snapshot':
        return '스냅샷이 아닙니다 (snapshotVersion 없음)';
      case 'newer':
        return `snapshotVersion ${r.version}은 이 mlops-study가 읽는 버전(1)보다 새롭습니다. mlops-study를 업데이트하세요`;
      case 'field':
        return `필드 ${r.path}: ${fieldKo(r.problem)}`;
      case 'other-curriculum':
        return `다른 커리큘럼입니다 ("${r.id}", 지금 쓰는 것은 "${r.expected}")`;
      case 'duplicate':
        return `멤버 "${r.name}"가 중복됩니다 (${r.other}에도 있음)`;
      case 'too-many-files':
        return `파일 ${r.notRead}개는 읽지 않았습니다 (최대 ${r.max}개)`;
    }
  },
  groupSkipped: (n) => `건너뛴 스냅샷 ${n}개:`,
  errMembersFolder: (dir, what) => `${dir}의 members/는 ${what}. group sync는 저장소 안의 실제 members/ 디렉터리에만 쓰므로 아무것도 바꾸지 않았습니다`,
  hintMembersFolder: '누군가 커밋한 것입니다. 지우거나(git rm members 후 커밋) 커밋한 사람에게 물어본 뒤 다시 sync 하세요.',
  errMemberFile: (file, what) => `${file}은 ${what}. group sync는 스냅샷을 일반 파일로만 쓰므로 아무것도 바꾸지 않았습니다`,
  hintMemberFile: (file) => `지운 뒤(git rm ${file} 후 커밋) 다시 sync 하세요.`,
  errSyncNeedsName: 'group sync에는 이름이 필요합니다. 그룹 현황에 이 이름으로 보입니다',
  errExportNeedsName: 'export에는 이름이 필요합니다. 스냅샷에 이름이 들어갑니다',
  hintNeedsName: '한 번만 정하면 됩니다: mlops-study init --name "<이름>"',
  nameEmpty: '이름을 입력하세요',
  nameControl: '이름에는 제어 문자나 텍스트 방향 문자를 쓸 수 없습니다',
  nameLong: (max) => `이름은 ${max}자까지입니다`,
  errName: (problem) => `--name을 쓸 수 없습니다: ${problem}`,
  hintName: '예: mlops-study init --name "김지민"',
  syncMoved: (from, to) => `스냅샷을 옮김 ${from} → ${to}`,
  errStartRange: (value, min, max) => `--start ${value}는 시작일로 볼 수 없습니다. ${min}부터 ${max} 사이의 날짜를 고르세요`,
  initStartRange: (min, max) => `${min}부터 ${max} 사이의 날짜를 고르세요`,
  errUnknownOption: (option) => `알 수 없는 옵션 '${option}'`,
  usageHint: '사용법: mlops-study --help',
  // import: guides of every shape, appendix units, labels (issue 19)
  importNoFile: (file) => `파일이 없습니다: ${file}`,
  importIsDirectory: (file) => `${file}는 디렉터리입니다. import는 마크다운 파일 하나를 읽습니다`,
  importCannotRead: (file, reason) => `${file}를 읽을 수 없습니다: ${reason}`,
  importNotRegular: (file) => `${file}는 일반 파일이 아닙니다 (장치, 파이프 또는 소켓). import는 마크다운 파일을 읽습니다`,
  importTooLarge: (file, size, max) => `${file}는 ${size} MB입니다. import는 ${max} MB까지의 가이드를 읽습니다`,
  importUtf16NoBom: (file) => `${file}는 BOM 없는 UTF-16 텍스트로 보입니다. UTF-8(또는 BOM 있는 UTF-16)로 저장한 뒤 다시 가져오세요`,
  importBinary: (file) => `${file}는 텍스트 파일이 아닙니다 (NUL 바이트 포함). import는 마크다운을 읽습니다`,
  importEucKr: (file) => `${file}는 UTF-8이 아니라 EUC-KR(CP949) 텍스트입니다. 먼저 변환하세요: iconv -f cp949 -t utf-8 ${file} > guide-utf8.md`,
  importNotUtf8: (file) => `${file}는 UTF-8 텍스트가 아닙니다. UTF-8로 저장한 뒤 다시 가져오세요`,
  importEmpty: (file) => `가져올 내용이 없습니다: ${file}가 비어 있습니다`,
  importNothing: (file) => `${file}에서 학습할 내용을 찾지 못했습니다: 제목도, 할 일도, 본문도 없습니다`,
  importTargetNotDir: (dir) => `${dir}가 이미 있고 디렉터리가 아닙니다`,
  importTargetNotCurriculum: (dir) => `${dir}는 비어 있지 않고 커리큘럼도 아닙니다 (course.yaml 없음). --force가 있어도 여기에는 쓰지 않습니다`,
  importTargetNotImported: (dir) => `${dir}에는 import가 만들지 않은 커리큘럼이 있습니다. --force가 있어도 바꾸지 않습니다`,
  importTargetExists: (dir) => `${dir}에는 이미 전에 가져온 커리큘럼이 있습니다`,
  importHintOutput: '-o DIR로 다른 디렉터리를 고르세요.',
  importHintForce: 'import가 썼던 파일을 바꾸려면 --force를 붙이세요 (직접 추가한 파일은 남습니다). 또는 -o로 다른 디렉터리를 고르세요.',
  importOwnFilesBreak: (dir, problems) => `새로 가져온 내용이 ${dir}에 직접 추가한 파일과 맞지 않습니다. 아무것도 바꾸지 않았습니다:\n${problems}`,
  importHintOwnFiles: '그 파일을 고치거나(예: 가이드에서 이름이 바뀐 주제를 가리키는 문제), -o로 다른 디렉터리에 가져오세요.',
  importInvalid: (dir, problems) => `가져온 커리큘럼이 검증을 통과하지 못했습니다 (import의 버그이니 알려 주세요). ${dir}에는 아무것도 쓰지 않았습니다:\n${problems}`,
  importErrWeeksFrom: (value) => `--weeks-from에는 h1–h6, table, list, sections 중 하나를 주세요. 받은 값: "${value}"`,
  importHintWeeksFrom: '예: mlops-study import guide.md --weeks-from h3',
  importErrTopicColumn: '--topic-column에는 열 제목이나 열 번호(1부터)를 주세요',
  importDone: (source, dir) => `가져왔습니다: ${source} → ${dir}`,
  importDryRun: (source, dir) => `미리 보기: ${source}는 ${dir}가 됩니다 (아무것도 쓰지 않음)`,
  importCounts: (weeks, appendix, topics, items, resources) => [`${weeks}개 주차`, ...(appendix ? [`부록 ${appendix}개`] : []), `주제 ${topics}개`, `체크리스트 항목 ${items}개`, `자료 ${resources}개`].join(', '),
  importStructure: (kind) =>
    ({ headings: '주차 기준: 주차·단계·모듈을 가리키는 제목', table: '주차 기준: 일정 표의 행', list: '주차 기준: 계획 목록의 항목', sections: '주차 기준: 최상위 섹션 (주차 번호를 찾지 못함)' })[kind] ?? kind,
  importLanguage: (lang, encoding) => `${lang === 'ko' ? '한국어' : '영어'} 본문, ${encoding}`,
  importUnitsHeading: '단위',
  importAppendixKey: '부록',
  importUnitCounts: (topics, items, checked) => `주제 ${topics}개 · 항목 ${items}개${checked ? ` (완료 ${checked}개)` : ''}`,
  importWouldWrite: (files) => `파일 ${files}개를 쓰게 됩니다.`,
  importPlacedHeading: '주차 밖의 내용',
  importPlacedTo: (to, unit) =>
    ({ intro: '과정 설명과 소개 단위', appendix: `부록${unit ? ` "${unit}"` : ''}`, resources: '과정 자료 목록', unit: `${unit ?? '앞 단위'}의 주제`, contents: '목차: 건너뜀', weeks: '일정 표: 행마다 해당 주차로' })[to] ?? to,
  importBoxesHeading: '체크박스',
  importTakenEmpty: (n, lines) => `상태 열의 빈 칸 ${n}개를 완료 전 체크리스트 항목으로 가져옴 (${lines})`,
  importTaken: (n, mark, origin, lines) => `${mark}로 표시된 ${origin === 'table' ? '표 칸' : origin === 'line' ? '줄' : '목록 항목'} ${n}개를 체크리스트 항목으로 가져옴 (${lines})`,
  importLookalikes: (n, examples, lines) => `체크박스처럼 보이는 ${n}개는 항목이 아니라 본문으로 남김: ${examples}${n > 2 ? ' …' : ''} (${lines})`,
  importLinksHeading: '링크',
  importLinksNotWeb: (n, example, lines) => `파일 등 웹 주소가 아닌 링크 ${n}개는 자료로 만들지 않음: ${example}${n > 1 ? ' …' : ''} (${lines})`,
  importLinksAnchor: (n, lines) => `가이드 안의 섹션으로 가는 링크(#…) ${n}개는 자료로 만들지 않음 (${lines})`,
  importLinksBadge: (n, lines) => `이미지만 있는 링크(배지) ${n}개는 건너뜀 (${lines})`,
  importLinksControl: (n, lines) => `주소에 제어 문자나 방향 문자가 있는 링크 ${n}개는 자료로 만들지 않음 (${lines})`,
  importRenamedHeading: '고친 항목도 진행 상황이 유지됨',
  importNotesHeading: '참고',
  importSplit: (n) => `파일 하나에 담기에 너무 큰 주제 ${n}개를 여러 부분으로 나눔`,
  importKept: (n, files) => `직접 추가한 파일 ${n}개는 그대로 둠: ${files}${n > 3 ? ' …' : ''}`,
  importProgressHeading: '내 진행 상황',
  importTicked: (n) => `가이드에서 체크된 항목 ${n}개를 완료로 저장했습니다.`,
  importUnticked: (n) => `전에 import가 체크한 항목 ${n}개를 되돌렸습니다: 지금 가이드에서는 체크되어 있지 않습니다.`,
  importKeptTicks: (n) => `직접 체크한(check 또는 verify) 항목 ${n}개는 가이드에서 체크되어 있지 않아도 완료로 남습니다.`,
  importProgressSame: '이미 가이드와 같습니다.',
  importHintProgress: (n) => `가이드에 체크된 항목이 ${n}개 있습니다. --with-progress를 붙이면 완료로 저장합니다.`,
  importNext: (dir) => `다음: mlops-study next --curriculum ${dir}`,
  importNextDry: '쓰려면 --dry-run 없이 다시 실행하세요.',
  importLine: (n) => `${n}행`,
  importLines: (range) => `${range}행`,
  // appendix units and week labels in the daily commands (issue 19)
  unitOf: (label, n, total) => `${label} (전체 ${total}주 중 ${n}번째)`,
  appendix: '부록',
  appendixUnit: '부록',
  appendixList: (titles) => `부록: ${titles}`,
  // issue 20: shell completion and the one-line status
  completeDone: '완료',
  completeWeek: (n, title) => `${n}주차: ${title}`,
  completeTopic: (n, title) => `주제, ${n}주차: ${title}`,
  completeTool: (name) => `도구: ${name}`,
  completeProject: (title) => `프로젝트: ${title}`,
  completeLang: (lang) => (lang === 'ko' ? '한국어' : '영어'),
  completeFormat: (format) => (format === 'md' ? '회의록에 붙일 Markdown' : '그룹과 공유할 JSON 스냅샷'),
  completeShell: (shell) => `${shell}용 자동 완성 스크립트`,
  completeToday: '오늘',
  shortWeek: (week) => `${week}주차`,
  shortAfter: (week) => `${week}주차+`,
  shortDue: (n) => `복습 ${n}`,
  shortStartsIn: (days) => `${days}일 후 시작`,
  errShortJson: '--short와 --json은 함께 쓸 수 없습니다',
  hintShortJson: '프롬프트에는 mlops-study status --short, 스크립트에는 mlops-study status --json을 쓰세요.',
  errShell: (value) => `"${value}" 셸용 자동 완성은 없습니다`,
  hintShell: 'bash, zsh, fish 중 하나를 주세요. 예: mlops-study completion bash',
};

export type { Messages };
export function messages(lang: Lang): Messages {
  return lang === 'ko' ? ko : (en as unknown as Messages);
}
