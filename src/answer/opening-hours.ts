// Is the municipality open now? Europe/Copenhagen time; weekends and Danish public holidays are closed.
// Work is done once per year (holidays) and once per minute (local time), not per question.
import type { OpeningHours } from '../guide/types.js';
import { danishPublicHolidays } from './danish-holidays.js';

const TIME_ZONE = 'Europe/Copenhagen';
// Observances on which municipal offices close as well; erring towards "closed" puts the after-hours contacts first.
const ALSO_CLOSED = ['06-05', '12-24', '12-31'];

const localParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  weekday: 'short',
  hourCycle: 'h23',
});

export interface LocalTime {
  readonly date: string;
  readonly monthDay: string;
  readonly time: string;
  readonly weekday: string;
}

let lastMinute = Number.NaN;
let lastLocal: LocalTime | undefined;

export function copenhagenTime(now: Date): LocalTime {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute === lastMinute && lastLocal) return lastLocal;
  const parts = Object.fromEntries(localParts.formatToParts(now).map((part) => [part.type, part.value]));
  lastLocal = {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    monthDay: `${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    weekday: parts.weekday ?? '',
  };
  lastMinute = minute;
  return lastLocal;
}

const closedDaysByYear = new Map<string, ReadonlySet<string>>();

/** Danish public holidays of a year (Easter-based ones included) and the extra closed days, as YYYY-MM-DD. */
function closedDays(year: string): ReadonlySet<string> {
  let days = closedDaysByYear.get(year);
  if (!days) {
    days = new Set([...danishPublicHolidays(Number(year)), ...ALSO_CLOSED.map((monthDay) => `${year}-${monthDay}`)]);
    closedDaysByYear.set(year, days);
  }
  return days;
}

export function isPublicHoliday(local: LocalTime): boolean {
  return closedDays(local.date.slice(0, 4)).has(local.date);
}

export function isOpen(now: Date, hours: Pick<OpeningHours, 'weekdays'>): boolean {
  const local = copenhagenTime(now);
  if (local.weekday === 'Sat' || local.weekday === 'Sun') return false;
  if (isPublicHoliday(local)) return false;
  return local.time >= hours.weekdays.open && local.time < hours.weekdays.close;
}
