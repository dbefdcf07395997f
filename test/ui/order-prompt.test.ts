/** The ordering prompt, driven key by key with @inquirer/testing. */
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import orderPrompt from '../../src/ui/order-prompt.js';

const choices = [
  { value: 'deploy', name: '모델 배포' },
  { value: 'data', name: '데이터 수집 및 준비' },
  { value: 'dev', name: '모델 개발 및 실험' },
];

describe('order prompt', () => {
  it('moves a picked-up item and submits the new order', async () => {
    const { answer, events, getScreen } = await render(orderPrompt, { message: '순서대로 놓으세요', choices });
    expect(getScreen()).toContain('❯ 1. 모델 배포');
    events.keypress('space');
    events.keypress('down');
    events.keypress('down');
    expect(getScreen()).toContain('↕ 3. 모델 배포');
    events.keypress('space');
    events.keypress('up');
    events.keypress('up');
    events.keypress('space');
    events.keypress('down');
    events.keypress('space');
    events.keypress('enter');
    await expect(answer).resolves.toEqual(['dev', 'data', 'deploy']);
    expect(getScreen()).toContain('모델 개발 및 실험 → 데이터 수집 및 준비 → 모델 배포');
  });

  it('does not move past either end, and submits unchanged with enter', async () => {
    const { answer, events } = await render(orderPrompt, { message: 'Order', choices });
    events.keypress('up');
    events.keypress('space');
    events.keypress('up');
    events.keypress('enter');
    await expect(answer).resolves.toEqual(['deploy', 'data', 'dev']);
  });
});
