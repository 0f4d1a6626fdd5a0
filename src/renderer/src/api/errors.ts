import { CallError } from './client';

/** The entity a page asked for is not in the library (wrong link, or removed elsewhere). */
export const isNotFound = (error: unknown): boolean => error instanceof CallError && error.code === 'NOT_FOUND';
