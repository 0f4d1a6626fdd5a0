import type { Need } from '../../../../shared/entities/need';

/** "You asked Lee Marlow" / "Lee Marlow asked you". */
export const askedLine = (need: Pick<Need, 'askedBy' | 'collaboratorName'>) =>
  need.askedBy === 'me' ? `You asked ${need.collaboratorName}` : `${need.collaboratorName} asked you`;
