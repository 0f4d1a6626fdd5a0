import { CAPTURE_KINDS, type CaptureKind } from './captureDraft';

/**
 * What quick capture remembers between uses on this computer: the last person, project and
 * kind. It is a convenience, not data, so it lives in localStorage and a failure to read or
 * write it (private mode, a full disk) only costs the convenience.
 */

const KEY = 'counterpoint.quickCapture';

export interface CaptureMemory {
  collaboratorId: string | null;
  projectId: string | null;
  kind: CaptureKind;
}

const EMPTY: CaptureMemory = { collaboratorId: null, projectId: null, kind: 'help' };

const idOrNull = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

export function recallCapture(): CaptureMemory {
  try {
    const raw = JSON.parse(window.localStorage.getItem(KEY) ?? 'null') as Record<string, unknown> | null;
    if (!raw || typeof raw !== 'object') return EMPTY;
    const kind = CAPTURE_KINDS.find((k) => k === raw.kind) ?? EMPTY.kind;
    return { collaboratorId: idOrNull(raw.collaboratorId), projectId: idOrNull(raw.projectId), kind };
  } catch {
    return EMPTY;
  }
}

export function rememberCapture(memory: CaptureMemory): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(memory));
  } catch {
    // Remembering is best effort; the entry itself is already saved.
  }
}
