import type http from 'node:http';

/**
 * How long a client may take and how many connections it may hold. Browser mode has one user on
 * this machine, so the limits are small: a client that dribbles its request, or holds a connection
 * doing nothing, is dropped before it can tie the server up. Tests shorten them (transport/testing.ts).
 */
export interface ConnectionLimits {
  /** Once a request has begun, its line and headers must have arrived within this, so a slow one is dropped before any token check. */
  headersMs: number;
  /** A whole request, body included: generous, as an import file of up to 2 GB comes through it. */
  requestMs: number;
  /** A connection that sends nothing (a browser's spare one too), or reads nothing of its answer, for this long is dropped (not while the library works on the answer). */
  idleMs: number;
  /** A kept-alive connection waiting for its next request is closed after this. */
  keepAliveMs: number;
  /**
   * Connections open at once. One person's browser opens six per address; a script of theirs (the
   * end-to-end tests' seeding sends 12 calls at once beside the page) must fit too, as a connection over
   * the cap is reset, not queued. 16 was seen to reset such a script's calls under load.
   */
  connections: number;
  /** A refused request's body is read and dropped while it keeps coming, so the client reads the answer instead of a reset; after this long with nothing, the answer goes out. Below idleMs. */
  lingerMs: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  headersMs: 10_000,
  requestMs: 300_000,
  idleMs: 30_000,
  keepAliveMs: 5_000,
  connections: 32,
  lingerMs: 3_000,
};

/** Node's own options for the limits it enforces itself (headers and request timeouts, checked this often). */
export function serverOptions(limits: ConnectionLimits): http.ServerOptions {
  return {
    headersTimeout: limits.headersMs,
    requestTimeout: Math.max(limits.requestMs, limits.headersMs),
    keepAliveTimeout: limits.keepAliveMs,
    connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.floor(limits.headersMs / 4))),
  };
}

/** The limits Node takes as properties of the server rather than as options. */
export function applyConnectionLimits(server: http.Server, limits: ConnectionLimits): void {
  server.keepAliveTimeout = limits.keepAliveMs;
  server.maxConnections = limits.connections;
  server.timeout = limits.idleMs;
}
