/**
 * One policy for both the Electron window and browser mode: our own scripts and styles only. No
 * 'unsafe-inline' for styles either: the renderer has no <style> element or style attribute in its
 * HTML, and React's style props are set through the CSSOM, which a policy does not govern
 * (docs/SECURITY.md).
 */
const DIRECTIVES: [name: string, sources: string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** Honoured only in a header: in a <meta> tag Chromium ignores them and logs an error for each. */
const HEADER_ONLY = new Set(['frame-ancestors']);

const serialize = (directives: [string, string][]) => directives.map(([name, sources]) => `${name} ${sources}`).join('; ');

/** The Content-Security-Policy header: browser mode's responses, the Electron session's (shell/security.ts). */
export const CONTENT_SECURITY_POLICY = serialize(DIRECTIVES);

/** The same policy as index.html's meta tag (put there at build time), which covers file:// where headers may not apply. */
export const META_CONTENT_SECURITY_POLICY = serialize(DIRECTIVES.filter(([name]) => !HEADER_ONLY.has(name)));

/** The placeholder in src/renderer/index.html that the build replaces with META_CONTENT_SECURITY_POLICY. */
export const CSP_PLACEHOLDER = '%COUNTERPOINT_CONTENT_SECURITY_POLICY%';
