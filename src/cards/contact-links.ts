// Phone and e-mail as visible text and as buttons: a Teams call on desktop/web, tel: on mobile, mailto: for mail.
import type { Lang } from '../guide/types.js';

export interface Button {
  readonly title: string;
  readonly url: string;
}

/** "39575410" → "39 57 54 10"; short numbers (114) as they are. */
export function formatPhone(number: string): string {
  return number.length === 8 ? number.replace(/(\d{2})(?=\d)/g, '$1 ') : number;
}

/** E.164 for Danish subscriber numbers; emergency/short numbers stay short. */
export function dialString(number: string): string {
  return number.length === 8 ? `+45${number}` : number;
}

export function phoneUrl(number: string, mobile: boolean): string {
  const dial = dialString(number);
  return mobile ? `tel:${dial}` : `https://teams.microsoft.com/l/call/0/0?users=4:${dial}`;
}

export function mailUrl(email: string): string {
  return `mailto:${email}`;
}

const CALL = { da: 'Ring', en: 'Call' } as const;
const MAIL = { da: 'Mail', en: 'E-mail' } as const;

export function phoneButton(number: string, lang: Lang, mobile: boolean): Button {
  return { title: `📞 ${CALL[lang]} ${formatPhone(number)}`, url: phoneUrl(number, mobile) };
}

export function mailButton(email: string, lang: Lang): Button {
  return { title: `✉️ ${MAIL[lang]} ${email}`, url: mailUrl(email) };
}
