/**
 * An ordering prompt (inquirer has none): move the cursor with ↑↓, press
 * space to pick an item up, move it with ↑↓, space again to drop it, enter to
 * submit. Built on @inquirer/core like inquirer's own prompts, so Ctrl+C,
 * rendering and testing (@inquirer/testing) behave the same.
 */
import { createPrompt, isDownKey, isEnterKey, isSpaceKey, isUpKey, makeTheme, useKeypress, usePrefix, useState, type Status } from '@inquirer/core';
import { styleText } from 'node:util';
import { echoAnswer } from './echo.js';

export interface OrderConfig {
  message: string;
  choices: { value: string; name: string; short?: string }[];
  /** Help line; defaults to English. */
  help?: string;
  /** A key that answers "don't know": the prompt then resolves to []. */
  skipKey?: string;
  /** Terminal width, for the echoed answer. */
  columns?: number;
}

export default createPrompt<string[], OrderConfig>((config, done) => {
  // A neutral mark once answered, as in src/ui/prompts.ts: ✔ would read as "correct".
  const theme = makeTheme({ prefix: { idle: '?', done: '›' } });
  const [status, setStatus] = useState<Status>('idle');
  const [items, setItems] = useState(config.choices);
  const [cursor, setCursor] = useState(0);
  const [holding, setHolding] = useState(false);
  const prefix = usePrefix({ status, theme });

  const [skipped, setSkipped] = useState(false);

  useKeypress((key) => {
    if (isEnterKey(key)) {
      setStatus('done');
      done(items.map((i) => i.value));
    } else if (config.skipKey && (key.name === config.skipKey || (key as { sequence?: string }).sequence === config.skipKey)) {
      setSkipped(true);
      setStatus('done');
      done([]);
    } else if (isSpaceKey(key)) {
      setHolding(!holding);
    } else if (isUpKey(key) || isDownKey(key)) {
      const next = cursor + (isUpKey(key) ? -1 : 1);
      if (next < 0 || next >= items.length) return;
      if (holding) {
        const moved = [...items];
        [moved[cursor], moved[next]] = [moved[next]!, moved[cursor]!];
        setItems(moved);
      }
      setCursor(next);
    }
  });

  const message = theme.style.message(config.message, status);
  if (status === 'done') {
    const text = skipped ? config.skipKey! : items.map((i) => i.short ?? i.name).join(' → ');
    const echo = echoAnswer(config.message, text, config.columns ?? 80);
    return `${prefix} ${message} ${echo.split('\n').map((line) => (line.trim() ? theme.style.answer(line) : line)).join('\n')}`;
  }
  const lines = items.map((item, i) => {
    const here = i === cursor;
    const mark = here ? (holding ? '↕' : '❯') : ' ';
    const text = `${mark} ${i + 1}. ${item.name}`;
    return here ? (holding ? styleText(['bold', 'yellow'], text) : theme.style.highlight(text)) : text;
  });
  const help = styleText('dim', config.help ?? '↑↓ move • space pick up / drop • ⏎ submit');
  return [`${prefix} ${message}`, [...lines, help].join('\n')];
});
