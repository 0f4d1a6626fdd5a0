import { z } from 'zod';

export const Id = z.uuid({ message: 'Must be a valid id' });
export type Id = z.infer<typeof Id>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day, 'YYYY-MM-DD', checked to be a real date. */
export const IsoDate = z
  .string()
  .regex(ISO_DATE, { message: 'Use a date like 2026-03-14' })
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, { message: 'That day does not exist' });
export type IsoDate = z.infer<typeof IsoDate>;

export const Timestamp = z.string();

export const trimmed = (label: string, max: number) =>
  z
    .string({ message: `${label} is required` })
    .trim()
    .min(1, { message: `${label} is required` })
    .max(max, { message: `${label} must be at most ${max} characters` });

export const optionalText = (label: string, max: number) =>
  z.string().trim().max(max, { message: `${label} must be at most ${max} characters` });

export const IdInput = z.strictObject({ id: Id });

export const Ok = z.object({ ok: z.literal(true) });
