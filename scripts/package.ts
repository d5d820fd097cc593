// `npm run package [-- <outDir>]`: builds build/appPackage.<municipality>.zip for upload to Teams.
// Settings come from the environment; see manifest/README.md and src/manifest/package-settings.ts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  appPackageFileName,
  buildAppPackage,
  loadAppPackageSources,
  zipAppPackage,
} from '../src/manifest/app-package.js';
import { readPackageSettings } from '../src/manifest/package-settings.js';

async function main(): Promise<number> {
  const rootDir = path.resolve(__dirname, '..');
  const outDir = path.resolve(process.argv[2] ?? path.join(rootDir, 'build'));
  const { version } = JSON.parse(readFileSync(path.join(rootDir, 'package.json'), 'utf8')) as { version: string };

  const read = readPackageSettings(process.env, { version });
  if (read.kind === 'invalid') {
    console.error(['Cannot build the Teams app package:', ...read.errors.map((e) => `  - ${e}`)].join('\n'));
    return 1;
  }
  const { settings } = read;
  const built = buildAppPackage(loadAppPackageSources(rootDir), settings);
  if (built.kind === 'invalid') {
    console.error(['The filled manifest fails the Teams schema:', ...built.errors.map((e) => `  - ${e}`)].join('\n'));
    return 1;
  }

  mkdirSync(outDir, { recursive: true });
  const target = path.join(outDir, appPackageFileName(settings));
  writeFileSync(target, await zipAppPackage(built.files));
  console.log(
    [
      `Wrote ${target}`,
      `  municipality ${settings.municipality}, version ${settings.version}`,
      `  app id ${settings.appId}${settings.appIdSource === 'derived' ? ' (derived from BOT_ID + MUNICIPALITY; set APP_ID to override)' : ''}`,
      `  bot id ${settings.botId}, tabs at ${settings.publicBaseUrl}`,
    ].join('\n'),
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
