// The bench's clock: a Wednesday morning in opening hours, not a holiday, so every turn takes the weekday path
// (opening hours, public-holiday lookup) whatever day the bench runs on.
export const WEEKDAY_MORNING = new Date('2025-03-12T10:00:00+01:00');
