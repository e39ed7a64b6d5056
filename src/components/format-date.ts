/**
 * Dates as a newsroom writes them (AP style), at the precision the source
 * gives: "Jan. 10, 2025", "Aug. 2025", "2017". Partial ISO dates are parsed
 * by hand, never through `Date`, so no time zone can shift a day.
 */
const AP_MONTHS = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];

export function formatPartialDate(value: string | null, undated = 'undated'): string {
  if (value === null) return undated;
  const [year, month, day] = value.split('-');
  const monthName = month ? AP_MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year ?? value;
  if (!day) return `${monthName} ${year}`;
  return `${monthName} ${Number(day)}, ${year}`;
}

/** Machine-readable value for `<time dateTime>`: partial ISO dates are valid there as they are. */
export function dateTimeAttribute(value: string | null): string | undefined {
  return value ?? undefined;
}
