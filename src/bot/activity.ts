// Reading the incoming activity: client platform, locale, and question text without markup.
import type { Activity } from 'botbuilder';
import type { Lang } from '../guide/types.js';
import { langFromLocale } from '../matching/cues.js';

const MOBILE_PLATFORMS = new Set(['android', 'ios']);

/** Teams mobile sends clientInfo.platform android/ios; everything else is desktop or web. */
export function isMobileClient(activity: Partial<Activity>): boolean {
  const info = activity.entities?.find((entity) => entity?.type === 'clientInfo') as { platform?: unknown } | undefined;
  return typeof info?.platform === 'string' && MOBILE_PLATFORMS.has(info.platform.toLowerCase());
}

export function activityLang(activity: Partial<Activity>): Lang {
  const info = activity.entities?.find((entity) => entity?.type === 'clientInfo') as { locale?: unknown } | undefined;
  return langFromLocale(typeof activity.locale === 'string' ? activity.locale : typeof info?.locale === 'string' ? info.locale : undefined);
}

/** Text with leftover @mention and HTML tags removed (the bot's own mention is removed by teams-ai). */
export function questionText(activity: Partial<Activity>): string {
  const text = typeof activity.text === 'string' ? activity.text : '';
  return text.replace(/<at>[^<]*<\/at>/gi, ' ').replace(/<[^>]{0,200}>/g, ' ').replace(/&nbsp;/g, ' ').trim();
}
