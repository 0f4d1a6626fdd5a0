import type { AppServer } from './server';

/** Seeding the log through the real HTTP API, for timeline and capture tests and screenshots. */

interface Made {
  id: string;
}

export async function addPerson(server: AppServer, name: string, roles: string[] = []): Promise<string> {
  return ((await server.api('collaborators.create', { name, roles })) as Made).id;
}

export async function addProject(server: AppServer, title: string, medium = 'music'): Promise<string> {
  return ((await server.api('projects.create', { title, medium, status: 'active' })) as Made).id;
}

export async function logEntry(server: AppServer, method: string, input: Record<string, unknown>): Promise<string> {
  return ((await server.api(method, input)) as Made).id;
}

/** 'YYYY-MM-DD' for `days` after 2025-01-01: past dates the server accepts whatever today is. */
export function dayOf(days: number): string {
  return new Date(Date.UTC(2025, 0, 1 + days)).toISOString().slice(0, 10);
}

/** Runs the calls a few at a time: fast, without flooding a two-core machine. */
export async function inBatches<T>(count: number, size: number, make: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += size) {
    const batch = Array.from({ length: Math.min(size, count - start) }, (_, offset) => make(start + offset));
    results.push(...(await Promise.all(batch)));
  }
  return results;
}
