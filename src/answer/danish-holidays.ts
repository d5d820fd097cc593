// Danish public holidays, computed: Easter by the Anonymous Gregorian algorithm, the rest fixed or Easter-based.
// (The date-holidays package agrees for 2000–2100, see the test; loading it cost the service ~21 MB for one set a year.)

/** Days after Easter Sunday of the Easter-based public holidays. */
const EASTER_OFFSETS = { skaertorsdag: -3, langfredag: -2, paaskedag: 0, andenPaaskedag: 1, kristiHimmelfart: 39, pinsedag: 49, andenPinsedag: 50 } as const;
/** Store bededag, 26 days after Easter, was a public holiday until it was abolished from 2024. */
const STORE_BEDEDAG = { offset: 26, lastYear: 2023 } as const;
const FIXED = ['01-01', '12-25', '12-26'] as const;

export function easterSunday(year: number): { readonly month: number; readonly day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

/** The year's public holidays as YYYY-MM-DD. */
export function danishPublicHolidays(year: number): string[] {
  const easter = easterSunday(year);
  const easterUtc = Date.UTC(year, easter.month - 1, easter.day);
  const shifted = (days: number) => new Date(easterUtc + days * 86_400_000).toISOString().slice(0, 10);
  const offsets: number[] = [...Object.values(EASTER_OFFSETS), ...(year <= STORE_BEDEDAG.lastYear ? [STORE_BEDEDAG.offset] : [])];
  return [...FIXED.map((monthDay) => `${year}-${monthDay}`), ...offsets.map(shifted)].sort();
}
