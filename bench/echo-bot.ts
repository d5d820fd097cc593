// Bare echo bot: the real bot's stack (bench/echo-stack.ts) answering every message with one small Adaptive Card.
import { CardFactory } from 'botbuilder';
import { serveEcho } from './echo-stack.js';

serveEcho((context) => [
  CardFactory.adaptiveCard({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: `Echo: ${context.activity.text ?? ''}`, wrap: true }] }),
]);
