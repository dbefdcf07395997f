/**
 * commander in the learner's language. commander has no translations: its
 * help titles go through Help.styleTitle (and the usage words through
 * styleUsage), and its usage errors through Command.error, which we override
 * to say the same thing from our catalogue, with a hint whose command runs as
 * typed. The English of commander 14 is matched per error code; an error we
 * do not know is shown as commander wrote it (the Korean-run test would catch it).
 */
import { Command, Help, type ErrorOptions } from 'commander';
import type { Messages } from './messages.js';

export interface CliWords {
  m: Messages;
  /** A command for the terminal, as this run types it (Context.cmd). */
  cmd: (...args: string[]) => string;
  /** Wraps an error line for the terminal (keeps commands whole). */
  lines: (text: string) => string;
}

const words = new WeakMap<Command, CliWords>();

function rootOf(command: Command): Command {
  let c = command;
  while (c.parent) c = c.parent;
  return c;
}

/** The words after the program name that name `command` ('group sync'). */
function path(command: Command): string[] {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names;
}

/** The program's Command: every subcommand made by it speaks the same words. */
export class LocalCommand extends Command {
  static program(name: string, cliWords: CliWords): LocalCommand {
    const program = new LocalCommand(name);
    words.set(program, cliWords);
    return program;
  }

  override createCommand(name?: string): LocalCommand {
    return new LocalCommand(name);
  }

  override error(message: string, options?: ErrorOptions): never {
    const w = words.get(rootOf(this));
    if (!w) return super.error(message, options);
    const said = localizedError(message, options?.code, this, w);
    if (!said) return super.error(message, options);
    return super.error(w.lines([`mlops-study: ${said.message}`, ...(said.hint ? [`${w.m.hintLabel}: ${said.hint}`] : [])].join('\n')), { ...options, exitCode: 2 });
  }
}

function localizedError(message: string, code: string | undefined, command: Command, { m, cmd }: CliWords): { message: string; hint?: string } | undefined {
  const help = cmd(...path(command), '--help');
  const did = (list: string | undefined) => list?.split(', ').map((s) => s.trim());
  let match: RegExpExecArray | null;
  switch (code) {
    case 'commander.missingArgument':
      if ((match = /missing required argument '(.+)'/.exec(message))) return { message: m.cliMissingArgument(argumentName(command, match[1]!)), hint: m.cliSeeHelp(help) };
      break;
    case 'commander.optionMissingArgument':
      if ((match = /option '(.+)' argument missing/.exec(message))) return { message: m.cliOptionValue(match[1]!), hint: m.cliSeeHelp(help) };
      break;
    case 'commander.unknownOption':
      if ((match = /unknown option '([^']+)'(?:\n\(Did you mean (?:one of )?(.+)\?\))?/.exec(message))) {
        const guesses = did(match[2]);
        return { message: m.cliUnknownOption(match[1]!), hint: guesses ? `${m.cliDidYouMean(guesses.join(', '))} ${m.cliSeeHelp(help)}` : m.cliSeeHelp(help) };
      }
      break;
    case 'commander.unknownCommand':
      if ((match = /unknown command '([^']+)'(?:\n\(Did you mean (?:one of )?(.+)\?\))?/.exec(message))) {
        const guesses = did(match[2]);
        return {
          message: m.cliUnknownCommand(match[1]!),
          hint: guesses ? m.cliDidYouMean(guesses.map((g) => cmd(...path(command), g)).join(', ')) : m.cliSeeCommands(help),
        };
      }
      break;
    case 'commander.excessArguments':
      if ((match = /Expected (\d+) arguments? but got (\d+)/.exec(message))) return { message: m.cliTooMany(Number(match[1]), Number(match[2])), hint: m.cliSeeHelp(help) };
      break;
    case 'commander.invalidArgument':
      if ((match = /option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/.exec(message))) {
        return { message: m.cliInvalidChoice(match[1]!.split(/[ ,]+/).find((f) => f.startsWith('--')) ?? match[1]!, match[2]!, match[3]!), hint: m.cliSeeHelp(help) };
      }
      break;
  }
  return undefined;
}

/** `what` as the help shows it (`<대상>` in Korean). */
function argumentName(command: Command, name: string): string {
  const argument = command.registeredArguments.find((a) => a.name() === name);
  if (!argument) return name;
  const shown = `${argument.name()}${argument.variadic ? '...' : ''}`;
  return argument.required ? `<${shown}>` : `[${shown}]`;
}

/** Help titles and usage words in the run's language; descriptions without commander's English "(choices: …)". */
export function localizedHelp(m: Messages, helpWidth: number, width: (text: string) => number): Partial<Help> {
  const localWords = (text: string) => text.replace('[options]', m.helpOptionsWord).replace('[command]', m.helpCommandWord);
  return {
    // A usage line too long for the terminal goes under its title, whole (it is a command).
    formatHelp(this: Help, cmd: Command, helper: Help) {
      const text = Help.prototype.formatHelp.call(this, cmd, helper);
      const [first = '', ...rest] = text.split('\n');
      const title = m.helpTitles['Usage:']!;
      if (width(first) <= helpWidth || !first.startsWith(`${title} `)) return text;
      return [title, `  ${first.slice(title.length + 1)}`, ...rest].join('\n');
    },
    styleTitle: (title: string) => m.helpTitles[title] ?? title,
    styleUsage: (usage: string) => localWords(usage),
    subcommandTerm(this: Help, cmd: Command) {
      return localWords(Help.prototype.subcommandTerm.call(this, cmd));
    },
    optionDescription: (option) => option.description,
    argumentDescription: (argument) => argument.description,
  };
}
