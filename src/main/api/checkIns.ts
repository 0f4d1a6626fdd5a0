import type { checkInMethods } from '../../shared/contract/checkIns';
import { addDays } from '../../shared/checkIn';
import { checkInOffers } from '../../shared/checkInOffers';
import type { CheckInOffer } from '../../shared/entities/checkIn';
import { findCollaborator } from '../db/collaboratorRepository';
import { checkInStateOf, checkInsDue, setCheckInCadence, setCheckInSnooze, type PersonOffer } from '../db/checkInRepository';
import { listMembers } from '../db/projectRepository';
import { ApiError, notFound, type ApiContext, type HandlersFor } from './context';
import { invalid } from './logChecks';
import { patternReport } from './patterns';

/** Five years, the longest cadence: a snooze further out is a typo. */
const LONGEST_SNOOZE_DAYS = 1826;

/** A live collaborator: an unknown one is not found, an archived one is never due, so nothing is set on them. */
function requireLiveCollaborator(ctx: ApiContext, id: string) {
  const collaborator = findCollaborator(ctx.db, id);
  if (!collaborator) {
    const message = 'That person was not found. They may have been removed.';
    throw new ApiError('NOT_FOUND', message, { issues: [{ path: 'collaboratorId', message }] });
  }
  if (collaborator.archivedAt) {
    const message = `${collaborator.name} is archived. Restore them to plan check-ins with them.`;
    throw new ApiError('CONFLICT', message, { issues: [{ path: 'collaboratorId', message }] });
  }
}

function stateOf(ctx: ApiContext, id: string) {
  const state = checkInStateOf(ctx.db, id, ctx.today);
  if (!state) throw notFound('That person');
  return state;
}

/** A project's offer goes to the people on it; an unknown id offers no one (checkInsDue reads live collaborators only). */
function offeredPeople(ctx: ApiContext, offer: CheckInOffer): PersonOffer[] {
  if ('collaboratorId' in offer) return [offer];
  return listMembers(ctx.db, offer.projectId).map((member) => ({ collaboratorId: member.collaborator.id, reason: offer.reason }));
}

export const checkInHandlers: HandlersFor<typeof checkInMethods> = {
  'checkIns.forCollaborator': ({ collaboratorId }, ctx) => stateOf(ctx, collaboratorId),

  'checkIns.setCadence': ({ collaboratorId, cadence }, ctx) =>
    ctx.write(() => {
      requireLiveCollaborator(ctx, collaboratorId);
      setCheckInCadence(ctx.db, collaboratorId, cadence, ctx.at);
      return stateOf(ctx, collaboratorId);
    }),

  'checkIns.snooze': ({ collaboratorId, until }, ctx) =>
    ctx.write(() => {
      requireLiveCollaborator(ctx, collaboratorId);
      if (until !== null && until <= ctx.today) throw invalid('until', 'Snooze until a day after today');
      if (until !== null && until > addDays(ctx.today, LONGEST_SNOOZE_DAYS)) {
        throw invalid('until', 'Snooze at most five years ahead');
      }
      setCheckInSnooze(ctx.db, collaboratorId, until, ctx.at);
      return stateOf(ctx, collaboratorId);
    }),

  // The offers the caller's report gave, or one engine run for them.
  'checkIns.due': ({ within, offers }, ctx) => {
    const offered = offers ?? checkInOffers(patternReport(ctx, undefined, 'counted'));
    return checkInsDue(ctx.db, ctx.today, { within, offers: offered.flatMap((offer) => offeredPeople(ctx, offer)) });
  },
};
