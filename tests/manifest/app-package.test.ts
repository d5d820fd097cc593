import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { MUNICIPALITY_IDS } from '../../src/guide/index.js';
import { APP_PACKAGE_FILES, appPackageFileName, buildAppPackage, zipAppPackage } from '../../src/manifest/app-package.js';
import { BOT_ID, PUBLIC_BASE_URL, ROOT_DIR, TSX_BIN, builtFor, settingsFor, sources, type Loose } from './fixtures.js';

const packageScript = path.join(ROOT_DIR, 'scripts', 'package.ts');
const packageVersion = (JSON.parse(readFileSync(path.join(ROOT_DIR, 'package.json'), 'utf8')) as { version: string }).version;

describe.each(MUNICIPALITY_IDS)('the %s zip', (municipality) => {
  it('holds exactly manifest.json, en-us.json, color.png and outline.png at its root', async () => {
    const { built, manifest } = builtFor(municipality);
    const zip = await JSZip.loadAsync(await zipAppPackage(built.files));
    expect(Object.keys(zip.files).sort()).toEqual([...APP_PACKAGE_FILES].sort());
    expect(JSON.parse(await zip.file('manifest.json')!.async('string'))).toEqual(manifest);
    expect((await zip.file('color.png')!.async('nodebuffer')).equals(sources.colorIcon)).toBe(true);
    expect((await zip.file('outline.png')!.async('nodebuffer')).equals(sources.outlineIcon)).toBe(true);
  });

  it('contains every file the manifest refers to', () => {
    const { manifest } = builtFor(municipality);
    const referenced = [
      manifest.icons.color,
      manifest.icons.outline,
      ...manifest.localizationInfo.additionalLanguages.map((language: Loose) => language.file),
    ];
    expect(referenced.filter((file: string) => !(APP_PACKAGE_FILES as readonly string[]).includes(file))).toEqual([]);
  });
});

describe('buildAppPackage', () => {
  it('builds the same zip bytes from the same settings', async () => {
    const { built } = builtFor('gladsaxe');
    expect((await zipAppPackage(built.files)).equals(await zipAppPackage(built.files))).toBe(true);
  });

  it('refuses to package a manifest the schema rejects', () => {
    const broken = { ...sources, manifestTemplate: { ...(sources.manifestTemplate as Loose), accentColor: 'blue' } };
    const result = buildAppPackage(broken, settingsFor('gladsaxe'));
    expect(result.kind === 'invalid' ? result.errors.join('\n') : 'ok').toMatch(/manifest.json: \/accentColor must match pattern/);
  });

  it('names the zip after the municipality', () => {
    expect(appPackageFileName({ municipality: 'aalborg' })).toBe('appPackage.aalborg.zip');
  });
});

describe('npm run package (scripts/package.ts)', () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'handlekort-package-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));
  // Only the variables under test: the developer's own BOT_ID etc. must not leak in.
  const run = (env: Record<string, string>) =>
    spawnSync(TSX_BIN, [packageScript, outDir], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });

  it('writes build/appPackage.<municipality>.zip from the environment', async () => {
    const result = run({ BOT_ID, PUBLIC_BASE_URL, MUNICIPALITY: 'gladsaxe' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('derived from BOT_ID + MUNICIPALITY');
    const zip = await JSZip.loadAsync(readFileSync(path.join(outDir, 'appPackage.gladsaxe.zip')));
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest).toMatchObject({ id: settingsFor('gladsaxe').appId, version: packageVersion, bots: [{ botId: BOT_ID }] });
  });

  it('fails with a clear message, and writes nothing, when PUBLIC_BASE_URL is missing', () => {
    const result = run({ BOT_ID, MUNICIPALITY: 'aalborg' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PUBLIC_BASE_URL is required');
    expect(existsSync(path.join(outDir, 'appPackage.aalborg.zip'))).toBe(false);
  });
});
