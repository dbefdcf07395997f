/**
 * The menu of bare `mlops-study`: ↑↓ and enter, or a choice's own key (1–9)
 * at once; q and Esc quit (inquirer's select would jump to the first choice
 * starting with q, which was "quiz"). Built on @inquirer/core like
 * order-prompt.ts, so Ctrl+C and rendering behave as in the other prompts.
 */
import { createPrompt, isDownKey, isEnterKey, isUpKey, makeTheme, useKeypress, usePrefix, useState, type Status } from '@inquirer/core';
import { styleText } from 'node:util';

export interface MenuConfig {
  message: string;
  choices: { value: string; name: string; key: string }[];
  help: string;
  /** What the answer line shows after quitting. */
  quitName: string;
}

/** The chosen value, or undefined for quit. */
export default createPrompt<string | undefined, MenuConfig>((config, done) => {
  const theme = makeTheme({ prefix: { idle: '?', done: '›' } });
  const [status, setStatus] = useState<Status>('idle');
  const [cursor, setCursor] = useState(0);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const prefix = usePrefix({ status, theme });
  const finish = (value: string | undefined) => {
    setChosen(value);
    setStatus('done');
    done(value);
  };

  useKeypress((key) => {
    if (isEnterKey(key)) return finish(config.choices[cursor]!.value);
    if (key.name === 'escape' || key.name === 'q') return finish(undefined);
    if (isUpKey(key) || isDownKey(key)) {
      const next = cursor + (isUpKey(key) ? -1 : 1);
      if (next >= 0 && next < config.choices.length) setCursor(next);
      return;
    }
    const byKey = config.choices.find((c) => c.key === key.name || c.key === (key as { sequence?: string }).sequence);
    if (byKey) finish(byKey.value);
  });

  const message = theme.style.message(config.message, status);
  if (status === 'done') {
    const name = chosen === undefined ? config.quitName : config.choices.find((c) => c.value === chosen)!.name;
    return `${prefix} ${message} ${theme.style.answer(name.trim())}`;
  }
  const lines = config.choices.map((choice, i) => {
    const text = `${i === cursor ? '❯' : ' '} ${choice.key}  ${choice.name}`;
    return i === cursor ? theme.style.highlight(text) : text;
  });
  return [`${prefix} ${message}`, [...lines, styleText('dim', config.help)].join('\n')];
});
