import { appHandlers } from './app';
import { backupHandlers } from './backups';
import { collaboratorHandlers } from './collaborators';
import type { Handlers } from './context';
import { deletedHandlers } from './deleted';
import { exchangeHandlers } from './exchanges';
import { feedbackHandlers } from './feedback';
import { lessonHandlers } from './lessons';
import { libraryHandlers } from './library';
import { requestHandlers } from './requests';
import { patternHandlers } from './patterns';
import { projectHandlers } from './projects';
import { searchHandlers } from './search';
import { selfAssessmentHandlers } from './selfAssessments';
import { timelineHandlers } from './timeline';
import { transferHandlers } from './transfer';
import { upcomingHandlers } from './upcoming';

/** Every method of the contract, implemented; the type makes a missing one a compile error. */
export const handlers: Handlers = {
  ...appHandlers,
  ...projectHandlers,
  ...collaboratorHandlers,
  ...feedbackHandlers,
  ...lessonHandlers,
  ...exchangeHandlers,
  ...requestHandlers,
  ...deletedHandlers,
  ...timelineHandlers,
  ...patternHandlers,
  ...libraryHandlers,
  ...backupHandlers,
  ...searchHandlers,
  ...transferHandlers,
  ...selfAssessmentHandlers,
  ...upcomingHandlers,
};
