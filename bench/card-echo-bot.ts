// Echo bot that replies with the bot's own cards: the bare stack (bench/echo-stack.ts) answering each question of the
// bench's question set with the cards the real service renders for it, worked out once at start-up. It does no guide
// work per turn (no matching, answer model or rate limiter), so it splits the bot's gap to the echo bot in two:
// what the framework costs to deliver the bot's larger replies, and what the guide logic costs.
import { createGuideService } from '../src/answer/ask.js';
import { levelColoursOf, renderAnswer } from '../src/cards/render-card.js';
import { getGuide } from '../src/guide/index.js';
import type { Lang } from '../src/guide/types.js';
import { langFromLocale } from '../src/matching/cues.js';
import { WEEKDAY_MORNING } from './clock.js';
import { serveEcho } from './echo-stack.js';
import { MUNICIPALITY, questionCases } from './turns.js';

const guide = getGuide(MUNICIPALITY);
const service = createGuideService(guide);
const levelColours = levelColoursOf(guide);
const render = (text: string, lang: Lang) => renderAnswer(service.ask(text, { fallbackLang: lang, now: WEEKDAY_MORNING }).answer, { mobile: false, levelColours });
// Keyed by the bench's own question texts (test data), so each turn gets the cards the bot sends for that question.
const cards = new Map(questionCases(MUNICIPALITY).map((c) => [c.text, render(c.text, langFromLocale(c.locale ?? 'da-DK'))]));
const help = render('', 'da');

serveEcho((context) => cards.get(context.activity.text ?? '') ?? help);
