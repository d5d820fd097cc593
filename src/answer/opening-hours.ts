// Is the municipality open now? Europe/Copenhagen time; weekends and Danish public holidays are closed.
import Holidays from 'date-holidays';
import type { OpeningHours } from '../guide/types.js';

const TIME_ZONE = 'Europe/Copenhagen';
// Observances on which municipal offices close as well; erring towards "closed" puts the after-hours contacts first.
const ALSO_CLOSED = new Set(['06-05', '12-24', '12-31']);

const holidays = new Holidays('DK');
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

export function copenhagenTime(now: Date): LocalTime {
  const parts = Object.fromEntries(localParts.formatToParts(now).map((part) => [part.type, part.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    monthDay: `${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    weekday: parts.weekday ?? '',
  };
}

export function isPublicHoliday(local: LocalTime): boolean {
  if (ALSO_CLOSED.has(local.monthDay)) return true;
  const found = holidays.isHoliday(new Date(`${local.date}T12:00:00Z`));
  return Array.isArray(found) && found.some((holiday) => holiday.type === 'public');
}

export function isOpen(now: Date, hours: Pick<OpeningHours, 'weekdays'>): boolean {
  const local = copenhagenTime(now);
  if (local.weekday === 'Sat' || local.weekday === 'Sun') return false;
  if (isPublicHoliday(local)) return false;
  return local.time >= hours.weekdays.open && local.time < hours.weekdays.close;
}
