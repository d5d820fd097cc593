// A stand-in for the Teams web client: frames a tab page at https://teams.microsoft.com and answers @microsoft/teams-js over postMessage.
import type { BrowserContext, Page } from 'playwright-core';

export const TEAMS_ORIGIN = 'https://teams.microsoft.com';

export interface HostSettings {
  readonly frameContext: 'content' | 'settings';
  readonly theme: 'default' | 'dark' | 'contrast';
  readonly locale: string;
}

export interface HostCall {
  readonly func: string;
  readonly args: unknown[];
}

// Runs in the fake host page; replies carry the request's id and uuid, as the Teams client does.
function hostScript(settings: HostSettings): string {
  return `
const settings = ${JSON.stringify(settings)};
const runtime = { apiVersion: 4, supports: { app: {}, pages: { config: {}, tabs: {}, backStack: {}, appButton: {} }, teamsCore: {} } };
window.calls = [];
window.addEventListener('message', (event) => {
  const frame = document.querySelector('iframe');
  const request = event.data;
  if (!frame || event.source !== frame.contentWindow || !request || typeof request.func !== 'string') return;
  window.calls.push({ func: request.func, args: request.args });
  const reply = (args) => frame.contentWindow.postMessage({ id: request.id, uuidAsString: request.uuidAsString, args }, '*');
  switch (request.func) {
    case 'initialize': return reply([settings.frameContext, 'web', JSON.stringify(runtime), '2.1.0']);
    case 'getContext': return reply([{ theme: settings.theme, locale: settings.locale, frameContext: settings.frameContext, hostName: 'Teams', hostClientType: 'web', entityId: '' }]);
    case 'settings.getSettings': return reply([{ contentUrl: '', entityId: '' }]);
    case 'settings.setSettings': return reply([true]);
  }
});
window.sendToTab = (func, args) => document.querySelector('iframe').contentWindow.postMessage({ func, args }, '*');
`;
}

/** Serves the fake host for every https://teams.microsoft.com/host?src=... in the context. */
export async function routeTeamsHost(context: BrowserContext, settings: HostSettings): Promise<void> {
  // Chromium blocks a public site from framing 127.0.0.1 unless the user allows local network access.
  await context.grantPermissions(['local-network-access'], { origin: TEAMS_ORIGIN });
  await context.route(`${TEAMS_ORIGIN}/host**`, (route) => {
    const src = new URL(route.request().url()).searchParams.get('src') ?? '';
    const body = `<!doctype html><html><head><title>Teams</title></head><body><iframe title="tab" width="800" height="600" src="${src.replace(/"/g, '&quot;')}"></iframe><script>${hostScript(settings)}</script></body></html>`;
    return route.fulfill({ status: 200, contentType: 'text/html', body });
  });
}

export function hostUrl(tabUrl: string): string {
  return `${TEAMS_ORIGIN}/host?src=${encodeURIComponent(tabUrl)}`;
}

export function hostCalls(page: Page): Promise<HostCall[]> {
  return page.evaluate(() => (window as unknown as { calls: HostCall[] }).calls);
}

export async function sendToTab(page: Page, func: string, args: unknown[]): Promise<void> {
  await page.evaluate(([name, values]) => (window as unknown as { sendToTab: (f: unknown, a: unknown) => void }).sendToTab(name, values), [func, args] as const);
}
