// Shared builders for the app-package tests: settings and a built package per municipality.
import path from 'node:path';
import type { MunicipalityId } from '../../src/guide/index.js';
import { buildAppPackage, loadAppPackageSources } from '../../src/manifest/app-package.js';
import { readPackageSettings, type Env, type PackageSettings } from '../../src/manifest/package-settings.js';

export const ROOT_DIR = path.resolve(__dirname, '../..');
export const TSX_BIN = path.join(ROOT_DIR, 'node_modules', '.bin', 'tsx');

export const BOT_ID = '3f2c9a1e-5b7d-4e8a-9c0b-1d2e3f4a5b6c';
export const PUBLIC_BASE_URL = 'https://handlekort.example.dk';

export const baseEnv = (municipality: MunicipalityId): Env => ({ BOT_ID, PUBLIC_BASE_URL, MUNICIPALITY: municipality });

export function settingsFor(municipality: MunicipalityId, env: Env = {}): PackageSettings {
  const result = readPackageSettings({ ...baseEnv(municipality), ...env }, { version: '1.2.3' });
  if (result.kind === 'invalid') throw new Error(result.errors.join('\n'));
  return result.settings;
}

export const sources = loadAppPackageSources(ROOT_DIR);

/** The filled files as plain objects, loosely typed: tests probe them like Teams would. */
export type Loose = any;

export function builtFor(municipality: MunicipalityId) {
  const settings = settingsFor(municipality);
  const built = buildAppPackage(sources, settings);
  if (built.kind === 'invalid') throw new Error(built.errors.join('\n'));
  return { settings, built, manifest: built.manifest as Loose, localization: built.localization as Loose };
}
