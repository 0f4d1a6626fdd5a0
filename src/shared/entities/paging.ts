import { z } from 'zod';
import { IsoDate } from './common';
import { Text } from './text';

export const PAGE_LIMIT_MAX = 200;

/**
 * Lists are newest first. Page on with `cursor` (the `nextCursor` of the page before; fast at
 * any depth) or jump with `offset` (for numbered pages); not both.
 */
export const PageLimit = z
  .number()
  .int({ message: 'The page size must be a whole number' })
  .min(1, { message: 'The page size must be at least 1' })
  .max(PAGE_LIMIT_MAX, { message: `Ask for at most ${PAGE_LIMIT_MAX} entries at a time` })
  .default(50);
export const PageCursor = Text.min(1).max(400).optional();

const pagingShape = {
  limit: PageLimit,
  cursor: PageCursor,
  offset: z.number().int().min(0, { message: 'The offset cannot be negative' }).optional(),
};

const dateRangeShape = {
  /** Inclusive. */
  from: IsoDate.optional(),
  /** Inclusive. */
  to: IsoDate.optional(),
};

// Typed over `object` because the refinements run on every area's own filter shape.
function rangeInOrder(value: object): boolean {
  const { from, to } = value as { from?: string; to?: string };
  return !(from && to && from > to);
}

function oneWayToPage(value: object): boolean {
  const { cursor, offset } = value as { cursor?: string; offset?: number };
  return cursor === undefined || offset === undefined;
}

/** A strict list input: the area's filters plus a date range and paging. */
export function listInput<Shape extends z.ZodRawShape>(filters: Shape) {
  return z
    .strictObject({ ...filters, ...dateRangeShape, ...pagingShape })
    .refine(rangeInOrder, {
      message: 'The end of the date range cannot be before its start',
      path: ['to'],
    })
    .refine(oneWayToPage, {
      message: 'Use either a cursor or an offset, not both',
      path: ['offset'],
    });
}

/** One page of a list: `total` counts every match, `nextCursor` is null on the last page. */
export function pageOf<Item extends z.ZodType>(item: Item) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    nextCursor: z.string().nullable(),
  });
}

export interface Page<Item> {
  items: Item[];
  total: number;
  nextCursor: string | null;
}
