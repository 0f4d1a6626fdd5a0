/** The one IPC channel between the preload and the main process; every API call travels on it. */
export const INVOKE_CHANNEL = 'counterpoint:invoke';
