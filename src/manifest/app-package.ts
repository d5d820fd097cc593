// Assembles, validates and zips the Teams app package; shared by scripts/package.ts and the tests.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { fillAppPackageTemplates } from './fill-manifest.js';
import type { Json } from './fill-template.js';
import type { PackageSettings } from './package-settings.js';
import { createSchemaValidator } from './validate-manifest.js';

/** Everything in the zip, at its root; Teams rejects packages with folders around the manifest. */
export const APP_PACKAGE_FILES = ['manifest.json', 'en-us.json', 'color.png', 'outline.png'] as const;
export type AppPackageFile = (typeof APP_PACKAGE_FILES)[number];

/** Repo-relative inputs. The official schemas live with the tests, which own the copy of them. */
export const APP_PACKAGE_SOURCES = {
  manifestTemplate: 'manifest/manifest.template.json',
  localizationTemplate: 'manifest/en-us.template.json',
  colorIcon: 'manifest/color.png',
  outlineIcon: 'manifest/outline.png',
  manifestSchema: 'tests/manifest/schemas/MicrosoftTeams.v1.23.schema.json',
  localizationSchema: 'tests/manifest/schemas/MicrosoftTeams.Localization.v1.23.schema.json',
} as const;

export interface AppPackageSources {
  readonly manifestTemplate: Json;
  readonly localizationTemplate: Json;
  readonly colorIcon: Buffer;
  readonly outlineIcon: Buffer;
  readonly manifestSchema: object;
  readonly localizationSchema: object;
}

export type AppPackageResult =
  | {
      readonly kind: 'ok';
      readonly manifest: Json;
      readonly localization: Json;
      readonly files: Readonly<Record<AppPackageFile, Buffer>>;
    }
  | { readonly kind: 'invalid'; readonly errors: readonly string[] };

// A fixed timestamp keeps the zip byte-identical for identical inputs (JSZip writes UTC).
const ZIP_DATE = new Date(Date.UTC(2025, 0, 1));

export function loadAppPackageSources(rootDir: string): AppPackageSources {
  const read = (file: string): Buffer => readFileSync(path.join(rootDir, file));
  const readJson = (file: string): Json => JSON.parse(read(file).toString('utf8')) as Json;
  return {
    manifestTemplate: readJson(APP_PACKAGE_SOURCES.manifestTemplate),
    localizationTemplate: readJson(APP_PACKAGE_SOURCES.localizationTemplate),
    colorIcon: read(APP_PACKAGE_SOURCES.colorIcon),
    outlineIcon: read(APP_PACKAGE_SOURCES.outlineIcon),
    manifestSchema: readJson(APP_PACKAGE_SOURCES.manifestSchema) as object,
    localizationSchema: readJson(APP_PACKAGE_SOURCES.localizationSchema) as object,
  };
}

export function appPackageFileName(settings: Pick<PackageSettings, 'municipality'>): string {
  return `appPackage.${settings.municipality}.zip`;
}

function toJsonBuffer(value: Json): Buffer {
  return Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
}

/** Fills both templates and refuses to produce files that the official schemas reject. */
export function buildAppPackage(sources: AppPackageSources, settings: PackageSettings): AppPackageResult {
  const { manifest, localization } = fillAppPackageTemplates(
    { manifest: sources.manifestTemplate, localization: sources.localizationTemplate },
    settings,
  );
  const checks = [
    ['manifest.json', createSchemaValidator(sources.manifestSchema)(manifest)],
    ['en-us.json', createSchemaValidator(sources.localizationSchema)(localization)],
  ] as const;
  const errors = checks.flatMap(([file, check]) =>
    check.kind === 'valid' ? [] : check.errors.map((error) => `${file}: ${error}`),
  );
  if (errors.length > 0) return { kind: 'invalid', errors };
  return {
    kind: 'ok',
    manifest,
    localization,
    files: {
      'manifest.json': toJsonBuffer(manifest),
      'en-us.json': toJsonBuffer(localization),
      'color.png': sources.colorIcon,
      'outline.png': sources.outlineIcon,
    },
  };
}

export async function zipAppPackage(files: Readonly<Record<AppPackageFile, Buffer>>): Promise<Buffer> {
  const zip = new JSZip();
  for (const name of APP_PACKAGE_FILES) zip.file(name, files[name], { date: ZIP_DATE, createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
