const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The calendar day of a moment on this machine's clock, which is the user's: a lesson logged
 * this morning east of UTC is today's, not yesterday's.
 */
export function localDay(at: Date | string): string {
  const date = typeof at === 'string' ? new Date(at) : at;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
