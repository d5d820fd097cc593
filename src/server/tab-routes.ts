// The tab pages and their static files on the bot's restify server, with the CSP and headers a Teams tab needs.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Request, RequestHandler, Response, Server } from 'restify';
import { isOpen } from '../answer/opening-hours.js';
import type { Guide } from '../guide/types.js';
import { renderConfigPage } from '../tab/config-page.js';
import { renderContactsPage } from '../tab/contacts-page.js';
import { renderGuidePage } from '../tab/guide-page.js';
import { renderPrivacyPage, renderTermsPage } from '../tab/legal-pages.js';
import { renderLevelCss } from '../tab/level-css.js';
import { DEFAULT_LANG, parseLang, parseTheme, type PageOptions } from '../tab/page-options.js';

/** Hosts that may frame the tab: Teams, Outlook and the Microsoft 365 app (learn.microsoft.com, "Tab requirements"). */
export const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.teams.microsoft.us',
  'https://local.teams.office.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
  'https://*.microsoft365.com',
  'https://*.cloud.microsoft',
  'https://*.skype.com',
] as const;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  // @microsoft/teams-js fetches Microsoft's current list of valid Teams origins from this CDN at load.
  "connect-src 'self' https://res.cdn.office.net",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  `frame-ancestors ${FRAME_ANCESTORS.join(' ')}`,
].join('; ');

const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // The contacts order depends on the clock: never serve a stale page.
  'Cache-Control': 'no-cache',
} as const;

export interface TabRouteDeps {
  readonly guide: Guide;
  readonly openingHours: { readonly open: string; readonly close: string };
  readonly publicBaseUrl?: string;
  readonly now?: () => Date;
  /** Runs before every tab route: the place for the tab rate limit (config.rateLimit.tabRequestsPerMinute). */
  readonly guard?: RequestHandler;
}

interface Asset {
  readonly body: Buffer;
  readonly type: string;
  readonly hash: string;
}

/** The directory holding package.json: the same from src/ (tsx, vitest) and dist/src/ (npm run build). */
function projectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No package.json above ${from}: cannot find the tab's static files.`);
  }
}

function loadAssets(guide: Guide): ReadonlyMap<string, Asset> {
  const root = projectRoot(__dirname);
  const staticDir = path.join(root, 'src', 'tab', 'static');
  const files: [string, Buffer, string][] = [
    ['tab.css', readFileSync(path.join(staticDir, 'tab.css')), 'text/css; charset=utf-8'],
    ['levels.css', Buffer.from(renderLevelCss(guide)), 'text/css; charset=utf-8'],
    ...['tab.js', 'contacts.js', 'audiences.js', 'config.js'].map((name): [string, Buffer, string] => [name, readFileSync(path.join(staticDir, name)), 'text/javascript; charset=utf-8']),
    ['teams-js.min.js', readFileSync(createRequire(path.join(root, 'package.json')).resolve('@microsoft/teams-js')), 'text/javascript; charset=utf-8'],
  ];
  return new Map(files.map(([name, body, type]) => [name, { body, type, hash: createHash('sha256').update(body).digest('hex').slice(0, 12) }]));
}

function pageOptions(req: Request, municipality: string, asset: (name: string) => string): PageOptions {
  const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const lang = parseLang(query.get('lang'));
  const theme = parseTheme(query.get('theme'));
  return { lang: lang ?? DEFAULT_LANG, theme: theme ?? 'default', langFixed: lang !== undefined, themeFixed: theme !== undefined, municipality, asset };
}

export function tabRoutes(deps: TabRouteDeps): (server: Server) => void {
  const { guide } = deps;
  const assets = loadAssets(guide);
  const asset = (name: string) => `/tab/static/${name}?v=${assets.get(name)?.hash ?? '0'}`;
  const now = deps.now ?? (() => new Date());
  const guards = deps.guard ? [deps.guard] : [];
  // One deployment serves one municipality; the ?municipality= in the manifest's URLs is carried along, not obeyed.
  const page = (render: (options: PageOptions) => string): RequestHandler => (req: Request, res: Response, next) => {
    res.sendRaw(200, render(pageOptions(req, guide.id, asset)), PAGE_HEADERS);
    next();
  };

  return (server) => {
    server.get('/tab', ...guards, page((options) => renderGuidePage({ guide, open: isOpen(now(), { weekdays: deps.openingHours }), levelCssUrl: asset('levels.css') }, options)));
    server.get('/tab/contacts', ...guards, page((options) => renderContactsPage({ guide, open: isOpen(now(), { weekdays: deps.openingHours }), hours: deps.openingHours }, options)));
    server.get('/tab/config', ...guards, page((options) => renderConfigPage({ guide, publicBaseUrl: deps.publicBaseUrl }, options)));
    server.get('/privacy', ...guards, page((options) => renderPrivacyPage(guide, options)));
    server.get('/terms', ...guards, page((options) => renderTermsPage(guide, options)));
    server.get('/tab/static/:name', ...guards, (req: Request, res: Response, next) => {
      const found = assets.get(String(req.params.name));
      if (!found) res.sendRaw(404, 'Not found', { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
      else res.sendRaw(200, found.body, { 'Content-Type': found.type, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'public, max-age=86400' });
      next();
    });
  };
}
