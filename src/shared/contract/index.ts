import type { z } from 'zod';
import { appMethods } from './app';
import { backupMethods } from './backups';
import { collaboratorMethods } from './collaborators';
import { deletedMethods } from './deleted';
import { exchangeMethods } from './exchanges';
import { feedbackMethods } from './feedback';
import { lessonMethods } from './lessons';
import { libraryMethods } from './library';
import { requestMethods } from './requests';
import { patternMethods } from './patterns';
import { projectMethods } from './projects';
import { searchMethods } from './search';
import { selfAssessmentMethods } from './selfAssessments';
import { timelineMethods } from './timeline';
import { transferMethods } from './transfer';
import { upcomingMethods } from './upcoming';

/**
 * The whole API, one map from method name to its schemas. The main process registers
 * handlers against it, the preload exposes it, browser mode serves it, tests call it.
 */
export const contract = {
  ...appMethods,
  ...projectMethods,
  ...collaboratorMethods,
  ...feedbackMethods,
  ...lessonMethods,
  ...exchangeMethods,
  ...requestMethods,
  ...deletedMethods,
  ...timelineMethods,
  ...patternMethods,
  ...libraryMethods,
  ...backupMethods,
  ...searchMethods,
  ...transferMethods,
  ...selfAssessmentMethods,
  ...upcomingMethods,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export const isMethodName = (name: string): name is MethodName =>
  Object.prototype.hasOwnProperty.call(contract, name);
