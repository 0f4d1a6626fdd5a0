import type { Request } from '../../../../shared/entities/request';

/** "You asked Lee Marlow" / "Lee Marlow asked you". */
export const askedLine = (request: Pick<Request, 'askedBy' | 'collaboratorName'>) =>
  request.askedBy === 'me' ? `You asked ${request.collaboratorName}` : `${request.collaboratorName} asked you`;
