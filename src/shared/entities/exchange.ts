import { z } from 'zod';
import { LEDGER_KINDS } from '../kinds/entryKind';
import { Id, IsoDate, Timestamp } from './common';
import { Text, optionalText } from './text';

/** Always from the user's point of view: 'given' = the user gave. */
export const Direction = z.enum(['given', 'received'], { message: 'Choose given or received' });
export type Direction = z.infer<typeof Direction>;

export const Benefit = z.enum(['knowledge', 'perspective', 'growth'], {
  message: 'Choose knowledge, perspective or growth',
});
export type Benefit = z.infer<typeof Benefit>;
export const BENEFITS = Benefit.options;

export const Weight = z.literal([1, 2, 3], { message: 'Weight is 1 (small), 2 (medium) or 3 (large)' });
export type Weight = z.infer<typeof Weight>;

export const Initiator = z.enum(['me', 'them'], { message: 'Choose me or them' });
export type Initiator = z.infer<typeof Initiator>;

/** Where a ledger row comes from: derived from a feedback entry or a lesson, or logged directly as help. */
export const ExchangeSource = z.enum(LEDGER_KINDS, { message: 'Choose feedback, lesson or help' });
export type ExchangeSource = z.infer<typeof ExchangeSource>;

export const DIRECTION_LABELS: Record<Direction, string> = { given: 'Given', received: 'Received' };
export const BENEFIT_LABELS: Record<Benefit, string> = {
  knowledge: 'Knowledge',
  perspective: 'Perspective',
  growth: 'Growth',
};
export const WEIGHT_LABELS: Record<Weight, string> = { 1: 'Small', 2: 'Medium', 3: 'Large' };
export const INITIATOR_LABELS: Record<Initiator, string> = { me: 'My idea', them: 'Their idea' };

export const Exchange = z.object({
  id: Id,
  source: ExchangeSource,
  /** The feedback or lesson id for derived rows; the row's own id for help. */
  sourceId: Id,
  /** The page of the entry this row comes from: the feedback, the lesson, or the help itself. */
  sourceHref: z.string(),
  /** Only help rows are edited here; derived rows change through their source entry. */
  editable: z.boolean(),
  collaboratorId: Id,
  collaboratorName: z.string(),
  projectId: Id.nullable(),
  projectTitle: z.string().nullable(),
  direction: Direction,
  benefit: Benefit,
  weight: Weight,
  initiatedBy: Initiator,
  date: IsoDate,
  note: Text,
  /** One line to show in a list: the help note, or an excerpt of the source entry. */
  summary: z.string(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
});
export type Exchange = z.infer<typeof Exchange>;

const helpShape = {
  direction: Direction,
  collaboratorId: Id,
  projectId: Id.nullable(),
  benefit: Benefit,
  weight: Weight,
  initiatedBy: Initiator,
  date: IsoDate,
  note: optionalText('The note', 2000, 'paragraphs'),
};

/**
 * Help logged directly. `date` defaults to today and `initiatedBy` to the giver
 * ('me' when given, 'them' when received), so a quick entry needs four choices.
 */
export const HelpFields = z.strictObject({
  ...helpShape,
  projectId: helpShape.projectId.default(null),
  weight: helpShape.weight.default(2),
  initiatedBy: helpShape.initiatedBy.optional(),
  date: helpShape.date.optional(),
  note: helpShape.note.default(''),
});
export type HelpFields = z.infer<typeof HelpFields>;

export const HelpPatch = z.strictObject({ id: Id, ...helpShape }).partial().required({ id: true });
export type HelpPatch = z.infer<typeof HelpPatch>;
