/**
 * Quick capture: one compact dialog to log feedback, a lesson, help or a request from anywhere.
 * Ctrl/Cmd+L or the sidebar's Log button opens it; on a person's or project's page it starts
 * with them. It remembers the last person, project and kind, and after saving offers View and Undo.
 * Closed without saving, it keeps what was typed and says so; the next opening restores it.
 */
import { useEffect, useState } from 'react';
import { matchPath, useLocation, useNavigate } from 'react-router-dom';
import { useCall } from '../../api/hooks';
import { useReportError } from '../../hooks/useReportError';
import { Button } from '../Button';
import { Dialog } from '../Dialog';
import { ErrorNotice, Loading } from '../StatusViews';
import { useToast } from '../Toast';
import { CAPTURE_KIND_LABELS, type CaptureDraft, type CapturePreset, type CaptureRequest } from './captureDraft';
import { recallCapture, rememberCapture, type CaptureMemory } from './captureMemory';
import { closeQuickCapture, openQuickCapture, useCaptureOpening, type CaptureOpening } from './captureStore';
import { discardKeptDraft, keptDraft } from './keptDraft';
import { QuickCaptureForm, type CaptureOpeningDraft, type CaptureStart } from './QuickCaptureForm';
import { useLogWrites } from './useLogWrites';
import './QuickCapture.css';

/** The person or project a page is about, from its address. */
export function presetFromPath(pathname: string): CapturePreset {
  const person = matchPath('/people/:id', pathname)?.params.id;
  if (person && person !== 'new') return { collaboratorId: person };
  const project = matchPath('/projects/:id', pathname)?.params.id;
  if (project && project !== 'new') return { projectId: project };
  return {};
}

/** True for Ctrl+L, or Cmd+L on a Mac. */
const isCaptureShortcut = (event: KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'l';

/** Rendered once in the app shell: the dialog, the Ctrl/Cmd+L shortcut, and what happens after saving. */
export function QuickCaptureHost() {
  const { pathname } = useLocation();
  const toast = useToast();
  const report = useReportError();
  const writes = useLogWrites();
  const opening = useCaptureOpening();
  // Kept loaded, so the form is there the moment the shortcut is pressed and no keystroke lands in a spinner.
  useCall('collaborators.list', {});
  useCall('projects.list', {});
  // The preset is settled when the dialog opens, from the page showing at that moment.
  const [lesson, setLesson] = useState<{ opening: CaptureOpening; preset: CapturePreset } | null>(null);
  if (opening !== (lesson?.opening ?? null)) {
    setLesson(opening ? { opening, preset: opening.preset ?? presetFromPath(pathname) } : null);
  }
  const isOpen = opening !== null;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isCaptureShortcut(event)) return;
      // Ctrl+L would otherwise jump to the browser's address bar in browser mode.
      event.preventDefault();
      // Never stacked over another dialog (a confirmation, the shortcuts list) or over itself.
      if (isOpen || document.querySelector('dialog[open]')) return;
      openQuickCapture();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [isOpen]);

  const save = async (request: CaptureRequest) => {
    const entry = await writes.create(request);
    discardKeptDraft();
    rememberCapture({ collaboratorId: request.input.collaboratorId, projectId: request.input.projectId ?? null, kind: request.kind });
    closeQuickCapture();
    toast.show({
      tone: 'success',
      message: `Logged · ${CAPTURE_KIND_LABELS[entry.kind]} with ${entry.collaboratorName}`,
      link: { label: 'View', to: entry.href },
      key: entry.href,
      action: {
        label: 'Undo',
        run: () =>
          writes.remove(entry).then(
            () =>
              void toast.show({
                message: `${CAPTURE_KIND_LABELS[entry.kind]} with ${entry.collaboratorName} removed.`,
                key: entry.href,
              }),
            (error) => report(error, 'undo'),
          ),
      },
    });
  };

  // Closing without saving keeps the draft (the form keeps it as it changes); the toast says so and offers to let it go.
  const close = () => {
    closeQuickCapture();
    if (!keptDraft()) return;
    toast.show({
      message: 'Quick log closed. Your draft is kept and comes back when you open it again.',
      key: 'quick-log-draft',
      action: {
        label: 'Discard draft',
        run: () => {
          discardKeptDraft();
          toast.show({ message: 'Draft discarded.', key: 'quick-log-draft' });
        },
      },
    });
  };

  return (
    <Dialog open={isOpen} onClose={close} title="Quick log">
      {lesson && (
        <CaptureLoader
          preset={lesson.preset}
          saving={writes.saving}
          onSave={save}
          onCancel={close}
        />
      )}
    </Dialog>
  );
}

interface CaptureLoaderProps {
  preset: CapturePreset;
  saving: boolean;
  onSave: (request: CaptureRequest) => Promise<void>;
  onCancel: () => void;
}

/** Loads the people and projects to choose from, then starts the form with what is preset or remembered and still there. */
function CaptureLoader({ preset, saving, onSave, onCancel }: CaptureLoaderProps) {
  const navigate = useNavigate();
  const people = useCall('collaborators.list', {});
  const projects = useCall('projects.list', {});
  // Settled once per opening: a refetch while the user types must not reset the draft.
  const [start, setStart] = useState<CaptureOpeningDraft | null>(null);
  if (start === null && people.data && projects.data) {
    setStart(openingOf(preset, recallCapture(), keptDraft(), people.data, projects.data));
  }

  if (people.isError || projects.isError) {
    return <ErrorNotice error={people.error ?? projects.error} onRetry={() => void Promise.all([people.refetch(), projects.refetch()])} />;
  }
  if (!start || !people.data || !projects.data) return <Loading label="Loading people and projects…" />;
  if (people.data.length === 0) {
    return (
      <div className="capture__empty">
        <p>Everything in the log happens with someone. Add the first person you make things with, then log away.</p>
        <Button
          variant="primary"
          onClick={() => {
            onCancel();
            navigate('/people/new');
          }}
        >
          Add a person
        </Button>
      </div>
    );
  }
  return (
    <QuickCaptureForm opening={start} people={people.data} projects={projects.data} saving={saving} onSave={onSave} onCancel={onCancel} />
  );
}

/** The first candidate id still in the list. */
const firstKnown = (list: readonly { id: string }[], ...candidates: (string | null | undefined)[]) =>
  candidates.find((id): id is string => typeof id === 'string' && list.some((item) => item.id === id)) ?? null;

/** A kept draft wins, since it holds the user's own words; its person and project only while they are still in the lists. */
function openingOf(
  preset: CapturePreset,
  memory: CaptureMemory,
  kept: CaptureDraft | null,
  people: readonly { id: string }[],
  projects: readonly { id: string }[],
): CaptureOpeningDraft {
  return {
    start: startOf(preset, memory, people, projects),
    kept: kept && { ...kept, collaboratorId: firstKnown(people, kept.collaboratorId), projectId: firstKnown(projects, kept.projectId) },
  };
}

/** The preset wins over what was remembered; either only counts while that person or project is still in the lists. */
function startOf(
  preset: CapturePreset,
  memory: CaptureMemory,
  people: readonly { id: string }[],
  projects: readonly { id: string }[],
): CaptureStart {
  return {
    kind: preset.kind ?? memory.kind,
    collaboratorId: firstKnown(people, preset.collaboratorId, memory.collaboratorId),
    // The remembered project went with the remembered person; someone else's page starts without one.
    projectId: firstKnown(
      projects,
      preset.projectId,
      preset.collaboratorId && preset.collaboratorId !== memory.collaboratorId ? null : memory.projectId,
    ),
  };
}
