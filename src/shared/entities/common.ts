import { z } from 'zod';
import { Text } from './text';

export const Id = z.uuid({ message: 'Must be a valid id' });
export type Id = z.infer<typeof Id>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether a 'YYYY-MM-DD' names a day of the (proleptic Gregorian) calendar. Arithmetic, not a Date
 * parsed and printed back: an import checks every date of every record (issue 9's import budget).
 */
function isRealDay(value: string): boolean {
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= days;
}

/** A calendar day, 'YYYY-MM-DD', checked to be a real date. */
export const IsoDate = Text.regex(ISO_DATE, { message: 'Use a date like 2026-03-14' })
  .refine(isRealDay, { message: 'That day does not exist' });
export type IsoDate = z.infer<typeof IsoDate>;

export const Timestamp = Text;

export const IdInput = z.strictObject({ id: Id });

export const Ok = z.object({ ok: z.literal(true) });
