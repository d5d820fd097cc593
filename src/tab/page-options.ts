// What a tab page is rendered for: language, theme and the links it carries between pages.
import type { Lang } from '../guide/types.js';

export const THEMES = ['default', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];

export const DEFAULT_LANG: Lang = 'da';

export interface PageOptions {
  readonly lang: Lang;
  readonly theme: Theme;
  /** Set when the query chose the language/theme, so the client does not override it from Teams. */
  readonly langFixed: boolean;
  readonly themeFixed: boolean;
  readonly municipality: string;
  /** Asset path → URL with a content hash, so browsers can cache it. */
  readonly asset: (name: string) => string;
}

export function parseLang(value: string | null | undefined): Lang | undefined {
  return value === 'da' || value === 'en' ? value : undefined;
}

export function parseTheme(value: string | null | undefined): Theme | undefined {
  return (THEMES as readonly string[]).includes(value ?? '') ? (value as Theme) : undefined;
}

/** Query carried from page to page: the language and theme only when the query fixed them. */
export function carriedQuery(options: PageOptions, lang?: Lang): Record<string, string | undefined> {
  return {
    municipality: options.municipality,
    lang: lang ?? (options.langFixed ? options.lang : undefined),
    theme: options.themeFixed ? options.theme : undefined,
  };
}
