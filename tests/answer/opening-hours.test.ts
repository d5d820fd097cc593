import { describe, expect, it } from 'vitest';
import { isOpen } from '../../src/answer/opening-hours.js';

const hours = { weekdays: { open: '08:00', close: '15:00' } };

describe('isOpen (Europe/Copenhagen)', () => {
  it.each([
    ['2026-11-23T09:00:00Z', true, 'Monday 10:00 in winter (UTC+1)'],
    ['2026-11-23T13:59:00Z', true, 'Monday 14:59'],
    ['2026-11-23T14:00:00Z', false, 'Monday 15:00, closing time'],
    ['2026-11-23T06:59:00Z', false, 'Monday 07:59'],
    ['2026-07-06T06:00:00Z', true, 'Monday 08:00 in summer (UTC+2)'],
    ['2026-07-06T05:59:00Z', false, 'Monday 07:59 in summer'],
    ['2026-11-21T10:00:00Z', false, 'Saturday'],
    ['2026-11-22T10:00:00Z', false, 'Sunday'],
    ['2026-04-02T09:00:00Z', false, 'Skærtorsdag (Easter-based)'],
    ['2026-04-03T09:00:00Z', false, 'Langfredag'],
    ['2026-04-06T09:00:00Z', false, '2. påskedag'],
    ['2026-05-14T09:00:00Z', false, 'Kristi himmelfartsdag'],
    ['2026-05-25T09:00:00Z', false, '2. pinsedag'],
    ['2027-03-29T09:00:00Z', false, '2. påskedag 2027'],
    ['2026-12-24T09:00:00Z', false, 'Juleaftensdag'],
    ['2026-12-25T09:00:00Z', false, 'Juledag'],
    ['2026-01-01T09:00:00Z', false, 'Nytårsdag'],
  ])('%s is open=%s (%s)', (iso, open) => {
    expect(isOpen(new Date(iso), hours)).toBe(open);
  });
});
