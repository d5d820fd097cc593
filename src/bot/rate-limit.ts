// Per-user and per-conversation message limits. The first message over a limit gets a friendly reply; the rest of
// that minute are dropped quietly, so a flood cannot make the bot flood back.
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export type LimitVerdict = 'ok' | 'limited-first' | 'limited';

export interface TurnLimiter {
  check(userKey: string, conversationKey: string): Promise<LimitVerdict>;
}

export function createTurnLimiter(limits: { readonly perUser: number; readonly perConversation: number }): TurnLimiter {
  const user = new RateLimiterMemory({ keyPrefix: 'user', points: limits.perUser, duration: 60 });
  const conversation = new RateLimiterMemory({ keyPrefix: 'conversation', points: limits.perConversation, duration: 60 });
  const consume = async (limiter: RateLimiterMemory, points: number, key: string): Promise<LimitVerdict> => {
    try {
      await limiter.consume(key);
      return 'ok';
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return rejection.consumedPoints === points + 1 ? 'limited-first' : 'limited';
    }
  };
  return {
    async check(userKey, conversationKey) {
      const byUser = await consume(user, limits.perUser, userKey);
      if (byUser !== 'ok') return byUser;
      return consume(conversation, limits.perConversation, conversationKey);
    },
  };
}
