/**
 * The largest body one API call may have in browser mode; no form comes near it (export and
 * import files travel apart, through their own routes). The server answers a larger one with 413.
 */
export const API_BODY_MAX_BYTES = 2 * 1024 * 1024;

/** What the user is told when a call is larger. */
export const TOO_LARGE_MESSAGE =
  'That is more than Counterpoint takes in one go (2 MB), so nothing was saved. Shorten the longest text and try again.';
