// What an instance keeps in memory: libraries it does not use are not loaded, since every loaded module stays in the
// heap that each garbage collection marks, and counts against the RSS target.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

function packagesLoaded(): string[] {
  const output = execFileSync(resolve(ROOT, 'node_modules/.bin/tsx'), ['tests/server/fixtures/loaded-packages.ts'], { cwd: ROOT, env: { ...process.env, NODE_ENV: '', MicrosoftAppId: '', BLOB_STORAGE_CONNECTION_STRING: '' }, encoding: 'utf8' });
  return JSON.parse(output.trim().split('\n').at(-1) ?? '[]') as string[];
}

describe('the service with memory storage', () => {
  const packages = packagesLoaded();

  it('loads the frameworks it runs on', () => {
    expect(packages).toEqual(expect.arrayContaining(['@microsoft/teams-ai', 'botbuilder', 'restify', 'adaptivecards-templating']));
  });

  it('does not load the Azure Storage SDK, which only Blob Storage state needs', () => {
    expect(packages.filter((name) => /^(botbuilder-azure-blobs|@azure\/storage-)/.test(name))).toEqual([]);
  });

  it("does not load teams-ai's AI libraries (OpenAI client, tokenizer), which the bot does not use", () => {
    expect(packages.filter((name) => ['openai', 'gpt-tokenizer', '@azure/openai'].includes(name))).toEqual([]);
  });
});
