import { z } from 'zod';
import { Text } from './text';

export const Id = z.uuid({ message: 'Must be a valid id' });
export type Id = z.infer<typeof Id>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day, 'YYYY-MM-DD', checked to be a real date. */
export const IsoDate = Text.regex(ISO_DATE, { message: 'Use a date like 2026-03-14' })
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, { message: 'That day does not exist' });
export type IsoDate = z.infer<typeof IsoDate>;

export const Timestamp = Text;

export const IdInput = z.strictObject({ id: Id });

export const Ok = z.object({ ok: z.literal(true) });
