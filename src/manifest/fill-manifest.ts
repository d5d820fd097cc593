// Turns the manifest and localization templates into the files of one municipality's app package.
import { getGuide } from '../guide/index.js';
import { fillTemplate, type Json } from './fill-template.js';
import type { PackageSettings } from './package-settings.js';

export const PLACEHOLDERS = [
  'APP_ID',
  'BOT_ID',
  'VERSION',
  'PUBLIC_BASE_URL',
  'PUBLIC_HOST',
  'MUNICIPALITY',
  'MUNICIPALITY_NAME',
  'DEVELOPER_WEBSITE_URL',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export interface AppPackageTemplates {
  readonly manifest: Json;
  readonly localization: Json;
}

export function placeholderValues(settings: PackageSettings): Record<Placeholder, string> {
  const municipality = getGuide(settings.municipality).municipality;
  // The municipality's own site is the natural support page; the app host stands in when it has none.
  const website = municipality.url?.startsWith('https://') ? municipality.url : settings.publicBaseUrl;
  return {
    APP_ID: settings.appId,
    BOT_ID: settings.botId,
    VERSION: settings.version,
    PUBLIC_BASE_URL: settings.publicBaseUrl,
    PUBLIC_HOST: settings.publicHost,
    MUNICIPALITY: settings.municipality,
    MUNICIPALITY_NAME: municipality.name,
    DEVELOPER_WEBSITE_URL: website,
  };
}

export function fillAppPackageTemplates(templates: AppPackageTemplates, settings: PackageSettings): AppPackageTemplates {
  const values = placeholderValues(settings);
  return {
    manifest: fillTemplate(templates.manifest, values),
    localization: fillTemplate(templates.localization, values),
  };
}
