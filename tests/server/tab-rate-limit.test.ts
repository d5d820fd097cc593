import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type BotHarness } from '../helpers/bot-harness.js';

let bot: BotHarness;
beforeAll(async () => {
  bot = await startBot({ RATE_LIMIT_TAB_PER_MINUTE: '5' });
});
afterAll(() => bot.close());

describe('tab rate limit', () => {
  it('answers 429 with Retry-After once a client goes over the limit, and leaves the bot endpoint alone', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      const response = await fetch(`${bot.url}/tab`);
      await response.arrayBuffer();
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect((await bot.ask('hjælp')).status).toBe(200);
  });
});
