// Teams rules that the JSON schema does not express, and the contracts other parts rely on.
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { MUNICIPALITY_IDS } from '../../src/guide/index.js';
import { ICON_COLOURS } from '../../src/manifest/draw-icons.js';
import { BOT_ID, PUBLIC_BASE_URL, builtFor, sources, type Loose } from './fixtures.js';
import { stringLeaves } from './localization-keys.js';

const MEETING_CONTEXTS = ['meetingChatTab', 'meetingDetailsTab', 'meetingSidePanel', 'meetingStage'];
const EXAMPLE_COMMANDS = ['hjælp', 'Borgeren møder aldrig alene op', 'Hun skal tvangsgiftes', 'Politiets nummer', 'Kontakter'];

describe.each(MUNICIPALITY_IDS)('the %s manifest', (municipality) => {
  const { manifest, settings } = builtFor(municipality);
  const urls = [...stringLeaves(manifest)].filter(([key, value]) => key !== '$schema' && /^https?:/i.test(value));

  it('fills every placeholder', () => {
    expect([...stringLeaves(manifest).values()].filter((value) => /\{\{|\}\}/.test(value))).toEqual([]);
    expect(manifest).toMatchObject({ id: settings.appId, version: '1.2.3', validDomains: ['handlekort.example.dk'] });
  });

  it('serves every URL over https from a valid domain, except the developer website', () => {
    expect(urls.length).toBeGreaterThanOrEqual(8);
    for (const [key, value] of urls) {
      expect(value, key).toMatch(/^https:\/\//);
      if (key === 'developer.websiteUrl') continue;
      expect(manifest.validDomains, key).toContain(new URL(value).host);
    }
  });

  it('points the privacy and terms links at /privacy and /terms on the app host', () => {
    expect(manifest.developer.privacyUrl).toBe(`${PUBLIC_BASE_URL}/privacy`);
    expect(manifest.developer.termsOfUseUrl).toBe(`${PUBLIC_BASE_URL}/terms`);
  });

  it(`opens every tab page for ${municipality}`, () => {
    const tabUrls = [
      ...manifest.staticTabs.flatMap((tab: Loose) => [tab.contentUrl, tab.websiteUrl]),
      manifest.configurableTabs[0].configurationUrl,
    ];
    expect(tabUrls.map((url: string) => new URL(url).pathname)).toEqual([
      '/tab', '/tab', '/tab/contacts', '/tab/contacts', '/tab/config',
    ]);
    for (const url of tabUrls) expect(new URL(url).searchParams.get('municipality')).toBe(municipality);
  });

  it('offers the configurable tab in meetings only together with the groupChat scope', () => {
    for (const tab of manifest.configurableTabs) {
      const inMeetings = tab.context.some((context: string) => MEETING_CONTEXTS.includes(context));
      expect(inMeetings).toBe(true);
      expect(tab.scopes).toContain('groupChat');
      expect(tab.context).toEqual(expect.arrayContaining(['channelTab', 'privateChatTab', 'meetingSidePanel']));
    }
  });

  it('runs the message extension on the same bot as the chat', () => {
    expect(manifest.bots[0].botId).toBe(BOT_ID);
    expect(manifest.composeExtensions[0].botId).toBe(manifest.bots[0].botId);
  });

  it('offers the contact search the bot handles: searchContacts with a query parameter, run on open', () => {
    expect(manifest.composeExtensions[0].commands).toMatchObject([
      { id: 'searchContacts', type: 'query', initialRun: true, context: ['compose', 'commandBox'], parameters: [{ name: 'query' }] },
    ]);
  });

  it('has one command list per bot scope, each with the example questions and non-empty titles', () => {
    const bot = manifest.bots[0];
    expect(bot.commandLists.flatMap((list: Loose) => list.scopes).sort()).toEqual([...bot.scopes].sort());
    for (const list of bot.commandLists) {
      const titles = list.commands.map((command: Loose) => command.title);
      expect(titles).toEqual(EXAMPLE_COMMANDS);
      for (const command of list.commands) {
        expect(command.title.trim()).not.toBe('');
        expect(command.description.trim()).not.toBe('');
      }
    }
  });

  it('names the municipality in the Danish texts', () => {
    expect(manifest.developer.name).not.toBe('');
    expect(manifest.name.full).toContain(manifest.developer.name);
  });
});

describe('accent colour', () => {
  it('matches the colour icon background', () => {
    const { manifest } = builtFor('gladsaxe');
    const icon = PNG.sync.read(sources.colorIcon);
    const corner = `#${[...icon.data.subarray(0, 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    expect(manifest.accentColor).toBe(ICON_COLOURS.background);
    expect(corner).toBe(ICON_COLOURS.background);
  });
});
