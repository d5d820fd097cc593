import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { danishPublicHolidays, easterSunday } from '../../src/answer/danish-holidays.js';

describe('danishPublicHolidays', () => {
  it.each([
    [2024, { month: 3, day: 31 }],
    [2025, { month: 4, day: 20 }],
    [2026, { month: 4, day: 5 }],
    [2038, { month: 4, day: 25 }],
  ])('puts Easter Sunday %i on %o', (year, date) => {
    expect(easterSunday(year)).toEqual(date);
  });

  it('agrees with the date-holidays package on every public holiday from 2000 to 2100', () => {
    const oracle = new Holidays('DK');
    for (let year = 2000; year <= 2100; year += 1) {
      const expected = oracle.getHolidays(year).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)).sort();
      expect(danishPublicHolidays(year), String(year)).toEqual(expected);
    }
  });

  it('keeps Store bededag until 2023 and not after', () => {
    expect(danishPublicHolidays(2023)).toContain('2023-05-05');
    expect(danishPublicHolidays(2024)).not.toContain('2024-04-26');
  });
});
