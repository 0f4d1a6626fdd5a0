import { CAPTURE_KINDS, newDraft, type CaptureDraft } from './captureDraft';

/**
 * The quick log's unsaved draft, kept on this computer while it holds something the user typed,
 * so closing the dialog (Esc, Cancel, a reload) never throws their words away. Saved or discarded,
 * it goes. Like the capture memory it lives in localStorage: if that fails (private mode, a full
 * disk) the dialog still works, it just cannot keep the draft.
 */

const KEY = 'counterpoint.quickCaptureDraft';

/** The fields a user types into; choices alone are quick to make again and are not worth a notice. */
const TYPED_FIELDS = ['body', 'anchor', 'duration', 'topics', 'note', 'what'] as const satisfies readonly (keyof CaptureDraft)[];

const FRESH = newDraft({ kind: 'help', collaboratorId: null, projectId: null });

/** True when the draft holds text the user typed (anything other than a fresh draft's own text). */
export function hasTypedText(draft: CaptureDraft): boolean {
  return TYPED_FIELDS.some((field) => draft[field].trim() !== '' && draft[field] !== FRESH[field]);
}

/** Keeps the draft while it holds typed text, and forgets it once it holds none. */
export function keepDraft(draft: CaptureDraft): void {
  try {
    if (hasTypedText(draft)) window.localStorage.setItem(KEY, JSON.stringify(draft));
    else window.localStorage.removeItem(KEY);
  } catch {
    // Best effort: see above.
  }
}

export function discardKeptDraft(): void {
  try {
    window.localStorage.removeItem(KEY);
  } catch {
    // Nothing kept that could be read back either.
  }
}

/** The kept draft, if there is one worth restoring; each field must have the type a fresh draft gives it. */
export function keptDraft(): CaptureDraft | null {
  try {
    const raw = JSON.parse(window.localStorage.getItem(KEY) ?? 'null') as Record<string, unknown> | null;
    if (!raw || typeof raw !== 'object') return null;
    const draft = { ...FRESH } as Record<string, unknown>;
    for (const [field, fresh] of Object.entries(FRESH)) {
      const value = raw[field];
      const fits = fresh === null ? value === null || typeof value === 'string' : typeof value === typeof fresh;
      if (value !== undefined && fits) draft[field] = value;
    }
    if (!CAPTURE_KINDS.includes(draft.kind as CaptureDraft['kind'])) return null;
    const restored = draft as unknown as CaptureDraft;
    return hasTypedText(restored) ? restored : null;
  } catch {
    return null;
  }
}
