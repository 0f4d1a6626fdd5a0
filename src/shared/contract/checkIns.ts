import { z } from 'zod';
import { Cadence, CheckInDue, CheckInOffer, CheckInState } from '../entities/checkIn';
import { Id, IsoDate } from '../entities/common';
import { command, query } from './method';

const collaboratorId = Id;

export const checkInMethods = {
  /** A collaborator's cadence, snooze, last contact and due day. */
  'checkIns.forCollaborator': query(z.strictObject({ collaboratorId }), CheckInState),
  /** Sets the cadence, or clears it with null ("never"). */
  'checkIns.setCadence': command(z.strictObject({ collaboratorId, cadence: Cadence.nullable() }), CheckInState),
  /** Holds a check-in until a day after today; null lifts the snooze. */
  'checkIns.snooze': command(z.strictObject({ collaboratorId, until: IsoDate.nullable() }), CheckInState),
  /**
   * Who is due by today + `within` days (6: this week), most overdue first, with the people a
   * finding (going it alone, a stretch without input on an active project) offers for a check-in.
   * `offers`: the ones a pattern report of today already gave (checkInOffers of it: the Dashboard
   * has the report, so the engine does not run twice for one screen); without them the engine runs.
   */
  'checkIns.due': query(
    z.strictObject({
      within: z
        .number({ message: 'Enter a number of days' })
        .int({ message: 'Use a whole number of days' })
        .min(0, { message: 'Use 0 or more days' })
        .max(366, { message: 'Look at most a year ahead' })
        .default(6),
      offers: z.array(CheckInOffer).max(5000, { message: 'At most 5000 offers' }).optional(),
    }),
    z.array(CheckInDue),
  ),
};
