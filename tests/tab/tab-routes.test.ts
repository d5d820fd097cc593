// The tab routes over real HTTP, without a browser: headers, static files, the clock, and the hook for a rate limit.
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import restify from 'restify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getGuide } from '../../src/guide/index.js';
import { CONTENT_SECURITY_POLICY, tabRoutes } from '../../src/server/tab-routes.js';
import { startBot, type BotHarness } from '../helpers/bot-harness.js';
import { CLOSED_TIME, OPEN_TIME, TAB_PAGES } from './tab-pages.js';

const directives = (csp: string) => new Map(csp.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));

describe('the tab routes', () => {
  let gladsaxe: BotHarness;
  let aalborgClosed: BotHarness;

  beforeAll(async () => {
    gladsaxe = await startBot({ MUNICIPALITY: 'gladsaxe' }, { now: () => OPEN_TIME });
    aalborgClosed = await startBot({ MUNICIPALITY: 'aalborg' }, { now: () => CLOSED_TIME });
  });

  afterAll(async () => {
    await gladsaxe?.close();
    await aalborgClosed?.close();
  });

  it.each(TAB_PAGES.filter((page) => page.municipality === 'gladsaxe'))('serves $path as HTML with the CSP, nosniff, a referrer policy and no caching', async ({ path: page }) => {
    const response = await fetch(`${gladsaxe.url}${page}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('allows scripts and styles from its own origin only, and framing only by Teams, Outlook and Microsoft 365', () => {
    const csp = directives(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-');
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(
      expect.arrayContaining(["'self'", 'https://teams.microsoft.com', 'https://*.teams.microsoft.com', 'https://*.cloud.microsoft', 'https://*.office.com', 'https://*.microsoft365.com', 'https://outlook.office.com']),
    );
    expect(csp.get('frame-ancestors')!.every((source) => source === "'self'" || source.startsWith('https://'))).toBe(true);
  });

  it('serves the Teams JS library from its own origin, byte for byte the installed bundle', async () => {
    const page = await (await fetch(`${gladsaxe.url}/tab`)).text();
    const src = /<script src="(\/tab\/static\/teams-js\.min\.js\?v=[0-9a-f]{12})"/.exec(page)?.[1];
    expect(src).toBeDefined();
    const response = await fetch(`${gladsaxe.url}${src}`);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toContain('max-age=');
    const bundle = readFileSync(path.resolve(__dirname, '../../node_modules/@microsoft/teams-js/dist/umd/MicrosoftTeams.min.js'));
    expect(Buffer.from(await response.arrayBuffer()).equals(bundle)).toBe(true);
  });

  it.each([
    ['tab.css', 'text/css; charset=utf-8'],
    ['levels.css', 'text/css; charset=utf-8'],
    ['tab.js', 'text/javascript; charset=utf-8'],
    ['contacts.js', 'text/javascript; charset=utf-8'],
    ['audiences.js', 'text/javascript; charset=utf-8'],
    ['config.js', 'text/javascript; charset=utf-8'],
  ])('serves the static file %s as %s', async (name, type) => {
    const response = await fetch(`${gladsaxe.url}/tab/static/${name}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each(['nope.js', '..%2F..%2Fpackage.json', 'tab.css%00.js'])('answers 404 for an unknown static file (%s)', async (name) => {
    const response = await fetch(`${gladsaxe.url}/tab/static/${name}`);
    expect(response.status).toBe(404);
  });

  it('serves the level colours from the guide module as a stylesheet', async () => {
    const css = await (await fetch(`${gladsaxe.url}/tab/static/levels.css`)).text();
    for (const level of getGuide('gladsaxe').levels) expect(css).toContain(`[data-level="${level.id}"] { --level-colour: ${level.colour};`);
  });

  it('puts the after-hours contacts first when offices are closed, and the acute ones first when open', async () => {
    const groups = async (bot: BotHarness) => [...(await (await fetch(`${bot.url}/tab/contacts`)).text()).matchAll(/data-use="([\w-]+)"/g)].map((m) => m[1]);
    expect((await groups(aalborgClosed))[0]).toBe('after-hours');
    expect((await groups(gladsaxe))[0]).toBe('acute');
  });

  it('renders the deployment’s municipality whatever ?municipality= says', async () => {
    const page = await (await fetch(`${gladsaxe.url}/tab?municipality=aalborg`)).text();
    expect(page).toContain('Gladsaxe Kommune');
    expect(page).not.toContain('Aalborg Kommune');
  });

  it('renders the language and theme the query asks for, and ignores values it does not know', async () => {
    const english = await (await fetch(`${gladsaxe.url}/tab?lang=en&theme=contrast`)).text();
    expect(english).toContain('<html lang="en" data-theme="contrast" data-theme-fixed data-lang-fixed>');
    const unknown = await (await fetch(`${gladsaxe.url}/tab?lang=xx&theme=%22%3E`)).text();
    expect(unknown).toContain('<html lang="da" data-theme="default">');
  });
});

describe('the rate-limit hook', () => {
  it('runs the guard before every tab route and lets it refuse the request', async () => {
    const seen: string[] = [];
    const server = restify.createServer();
    tabRoutes({
      guide: getGuide('gladsaxe'),
      openingHours: { open: '08:00', close: '15:00' },
      guard: (req, res, next) => {
        seen.push(req.path());
        if (req.path() === '/terms') {
          res.send(429, { error: 'Too many requests' });
          return next(false);
        }
        return next();
      },
    })(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      for (const page of ['/tab', '/tab/contacts', '/tab/config', '/privacy', '/tab/static/tab.css']) expect((await fetch(`${url}${page}`)).status).toBe(200);
      expect((await fetch(`${url}/terms`)).status).toBe(429);
      expect(seen).toEqual(['/tab', '/tab/contacts', '/tab/config', '/privacy', '/tab/static/tab.css', '/terms']);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
