/**
 * The command line's grammar for shell completion: commands, their options
 * and what each value or argument is. `__complete` answers from this table
 * instead of building the commander program (src/cli.ts), which would cost
 * most of its start-up; test/commands/complete.test.ts checks that the table
 * and the program agree, so a new command or option fails the tests until it
 * is added here.
 */
import type { descriptions } from '../../i18n/help.js';

/** What a value or a positional argument is, and so what completes it. */
export type ValueKind =
  | 'item' // checklist item IDs (check)
  | 'target' // what `show` shows: topics, weeks, tools, projects, lifecycle…
  | 'topic' // topic IDs (read)
  | 'week'
  | 'lang'
  | 'category'
  | 'format'
  | 'shell'
  | 'weeks-from' // import: what makes the weeks
  | 'date'
  | 'dir'
  | 'file'
  | 'markdown'
  | 'text'; // free text: nothing to offer

export interface OptionSpec {
  /** Spelled as in --help: the short flag first when there is one. */
  flags: string[];
  /** The kind of value it takes; absent for a switch. */
  value?: ValueKind;
  /** May be given more than once (so it is offered again). */
  repeatable?: boolean;
  describe: keyof typeof descriptions;
}

export interface CommandSpec {
  name: string;
  describe: keyof typeof descriptions;
  options: OptionSpec[];
  /** What the positional arguments are. */
  args?: ValueKind;
  /** More than one positional argument. */
  variadic?: boolean;
  subcommands?: CommandSpec[];
}

const json: OptionSpec = { flags: ['--json'], describe: 'optJson' };
const week: OptionSpec = { flags: ['-w', '--week'], value: 'week', describe: 'optWeek' };

export const GLOBAL_OPTIONS: OptionSpec[] = [
  { flags: ['--lang'], value: 'lang', describe: 'optLang' },
  { flags: ['--curriculum'], value: 'dir', describe: 'optCurriculum' },
  { flags: ['--no-color'], describe: 'optNoColor' },
  { flags: ['--no-pager'], describe: 'optNoPager' },
];

export const COMMANDS: CommandSpec[] = [
  { name: 'next', describe: 'next', options: [week, json] },
  {
    name: 'check',
    describe: 'check',
    args: 'item',
    variadic: true,
    options: [
      week,
      { flags: ['--undo'], describe: 'optUndo' },
      { flags: ['--note'], value: 'text', describe: 'optNote' },
      { flags: ['--evidence'], value: 'file', repeatable: true, describe: 'optEvidence' },
      { flags: ['--clear-note'], describe: 'optClearNote' },
      { flags: ['--remove-evidence'], value: 'text', repeatable: true, describe: 'optRemoveEvidence' },
    ],
  },
  { name: 'status', describe: 'status', options: [json, { flags: ['--short'], describe: 'optShort' }] },
  { name: 'show', describe: 'show', args: 'target', options: [{ flags: ['--no-mark'], describe: 'optNoMark' }] },
  { name: 'read', describe: 'read', args: 'topic', variadic: true, options: [{ flags: ['--undo'], describe: 'optReadUndo' }] },
  { name: 'search', describe: 'search', args: 'text', variadic: true, options: [json] },
  { name: 'quiz', describe: 'quiz', options: [
    { flags: ['-w', '--week'], value: 'week', describe: 'optQuizWeek' },
    { flags: ['--all'], describe: 'optQuizAll' },
    { flags: ['--due'], describe: 'optQuizDue' },
    { flags: ['-n', '--count'], value: 'text', describe: 'optQuizCount' },
    { flags: ['--seed'], value: 'text', describe: 'optQuizSeed' },
    { flags: ['--rate'], describe: 'optQuizRate' },
  ] },
  { name: 'tools', describe: 'tools', options: [{ flags: ['--category'], value: 'category', describe: 'optCategory' }, json] },
  { name: 'resources', describe: 'resources', options: [week, json] },
  { name: 'init', describe: 'init', options: [
    { flags: ['--start'], value: 'date', describe: 'optStart' },
    { flags: ['--name'], value: 'text', describe: 'optName' },
    { flags: ['--group-dir'], value: 'dir', describe: 'optGroupDir' },
    { flags: ['--project'], value: 'dir', describe: 'optInitProject' },
    { flags: ['-y', '--yes'], describe: 'optYes' },
  ] },
  { name: 'export', describe: 'export', options: [
    { flags: ['--format'], value: 'format', describe: 'optFormat' },
    { flags: ['-o', '--output'], value: 'file', describe: 'optOutput' },
    { flags: ['--force'], describe: 'optForce' },
    { flags: ['-w', '--week'], value: 'week', describe: 'optExportWeek' },
  ] },
  {
    name: 'group',
    describe: 'group',
    args: 'dir',
    options: [json, { flags: ['--md'], describe: 'optMd' }, { flags: ['--html'], value: 'file', describe: 'optHtml' }, { flags: ['--force'], describe: 'optForceHtml' }],
    subcommands: [{ name: 'sync', describe: 'groupSync', args: 'dir', options: [{ flags: ['--no-push'], describe: 'optNoPush' }] }],
  },
  { name: 'validate', describe: 'validate', args: 'dir', options: [json] },
  { name: 'doctor', describe: 'doctor', options: [json] },
  {
    name: 'config',
    describe: 'config',
    options: [],
    subcommands: [
      { name: 'path', describe: 'configPath', options: [] },
      { name: 'repair', describe: 'configRepair', options: [{ flags: ['-y', '--yes'], describe: 'optYesRepair' }] },
    ],
  },
  { name: 'import', describe: 'import', args: 'markdown', options: [
    { flags: ['-o', '--output'], value: 'dir', describe: 'optImportOutput' },
    { flags: ['--with-progress'], describe: 'optWithProgress' },
    { flags: ['--force'], describe: 'optImportForce' },
    { flags: ['--dry-run'], describe: 'optDryRun' },
    { flags: ['--weeks-from'], value: 'weeks-from', describe: 'optWeeksFrom' },
    { flags: ['--topic-column'], value: 'text', describe: 'optTopicColumn' },
  ] },
  { name: 'new', describe: 'new', args: 'dir', options: [] },
  { name: 'verify', describe: 'verify', options: [
    { flags: ['--project'], value: 'dir', describe: 'optProject' },
    week,
    { flags: ['--all'], describe: 'optVerifyAll' },
    json,
    { flags: ['--tick'], describe: 'optTick' },
  ] },
  { name: 'completion', describe: 'completion', args: 'shell', options: [] },
];
