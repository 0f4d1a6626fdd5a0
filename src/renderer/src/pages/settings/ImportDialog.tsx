/** The import's preview and progress: per list new / identical / conflicting, the conflicts with a choice each, then the result in words. */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { SECTIONS, type Section } from '../../../../shared/transfer/exportDocument';
import {
  SECTION_LABELS,
  type ConflictChoice,
  type ImportPreview,
  type ImportResolution,
  type ImportResult,
} from '../../../../shared/transfer/importPlan';
import { call } from '../../api/client';
import { Button } from '../../components/Button';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { Dialog, DialogActions } from '../../components/Dialog';
import { Loading, messageOf } from '../../components/StatusViews';
import './ImportDialog.css';

export interface ChosenFile {
  file: string;
  name: string;
}

type Phase =
  | { step: 'reading' }
  | { step: 'preview'; preview: ImportPreview }
  | { step: 'importing'; preview: ImportPreview }
  | { step: 'done'; result: ImportResult }
  | { step: 'failed'; message: string; preview?: ImportPreview };

const CHOICES = [
  { value: 'keep-mine', label: 'Keep mine' },
  { value: 'take-file', label: 'Take the file’s' },
] as const;

const count = (n: number) => n.toLocaleString();

/** "12 feedback added, 3 replaced; 4 people added" — what the import did, in words. */
export function resultSentence(result: ImportResult): string {
  const parts = SECTIONS.flatMap((section) => {
    const { added, replaced, kept } = result.sections[section];
    const bits = [added && `${count(added)} added`, replaced && `${count(replaced)} replaced`, kept && `${count(kept)} kept as they were`].filter(Boolean);
    return bits.length > 0 ? [`${SECTION_LABELS[section]}: ${bits.join(', ')}`] : [];
  });
  const settings = result.settings === 'replaced' ? ' The file’s analysis settings now apply.' : '';
  const changed = SECTIONS.some((section) => result.sections[section].added + result.sections[section].replaced > 0);
  if (parts.length === 0) return `Nothing needed importing: this library already holds everything in the file.${settings}`;
  return `${changed ? 'Imported.' : 'Nothing was changed.'} ${parts.join('. ')}.${settings}`;
}

export function ImportDialog({ chosen, onClose }: { chosen: ChosenFile; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [phase, setPhase] = useState<Phase>({ step: 'reading' });
  const [all, setAll] = useState<ConflictChoice | null>(null);
  const [perRecord, setPerRecord] = useState<Record<string, ConflictChoice>>({});

  useEffect(() => {
    let current = true;
    call('import.preview', { file: chosen.file }).then(
      (preview) => current && setPhase({ step: 'preview', preview }),
      (error: unknown) => current && setPhase({ step: 'failed', message: messageOf(error) }),
    );
    return () => {
      current = false;
    };
  }, [chosen.file]);

  const close = () => {
    if (phase.step === 'importing') return;
    // A file not imported does not wait in the data folder (an imported or refused one is already gone).
    if (phase.step !== 'done') void call('import.discard', { file: chosen.file }).catch(() => undefined);
    onClose();
  };

  async function apply(preview: ImportPreview) {
    const resolution: ImportResolution = { ...(all ? { all } : {}), records: perRecord };
    setPhase({ step: 'importing', preview });
    try {
      const result = await call('import.apply', { file: chosen.file, resolution });
      await queryClient.invalidateQueries();
      setPhase({ step: 'done', result });
    } catch (error) {
      setPhase({ step: 'failed', message: messageOf(error), preview });
    }
  }

  const preview = phase.step === 'preview' || phase.step === 'importing' ? phase.preview : undefined;
  const conflicting = preview ? preview.totals.conflicting + (preview.settings === 'conflicting' ? 1 : 0) : 0;
  const undecided = conflicting > 0 && all === null;
  const toImport = preview ? preview.totals.new + (all === 'take-file' ? preview.totals.conflicting : 0) : 0;

  return (
    <Dialog open onClose={close} title={`Import ${chosen.name}`} description={descriptionOf(phase)}>
      {phase.step === 'reading' && <Loading label="Reading the file and comparing it with your library…" />}
      {phase.step === 'failed' && (
        <div className="import-dialog__problem" role="alert">
          <strong>{phase.preview ? 'Nothing was imported.' : 'This file cannot be imported. Nothing was changed.'}</strong>
          <p>{phase.message}</p>
        </div>
      )}
      {phase.step === 'done' && (
        <p className="import-dialog__result" role="status">
          {resultSentence(phase.result)}
        </p>
      )}
      {preview && (
        <>
          <table className="import-dialog__table">
            <caption className="visually-hidden">What the file holds, compared with this library</caption>
            <thead>
              <tr>
                <th scope="col">List</th>
                <th scope="col">New</th>
                <th scope="col">Identical</th>
                <th scope="col">Conflicting</th>
              </tr>
            </thead>
            <tbody>
              {SECTIONS.map((section) => (
                <SectionRow key={section} section={section} preview={preview} />
              ))}
            </tbody>
          </table>
          {preview.settings === 'conflicting' && (
            <p className="muted">The file’s analysis settings differ from this library’s; they follow the choice below.</p>
          )}
          {conflicting > 0 && (
            <div className="import-dialog__conflicts">
              <ChoiceGroup
                legend={`${count(conflicting)} ${conflicting === 1 ? 'record differs' : 'records differ'} from yours. Which should win?`}
                choices={CHOICES}
                value={all ?? ('' as ConflictChoice)}
                onChange={setAll}
                disabled={phase.step === 'importing'}
              />
              <ConflictList preview={preview} all={all} perRecord={perRecord} onChoose={(key, choice) => setPerRecord((current) => ({ ...current, [key]: choice }))} />
            </div>
          )}
          {phase.step === 'importing' && <Loading label="Importing… a large library can take a minute." />}
        </>
      )}
      <DialogActions>
        {phase.step === 'done' || phase.step === 'failed' ? (
          <Button variant="primary" onClick={onClose}>
            Done
          </Button>
        ) : (
          <>
            <Button onClick={close} disabled={phase.step === 'importing'}>
              Cancel
            </Button>
            <Button
              variant="primary"
              busy={phase.step === 'importing'}
              disabled={!preview || undecided}
              onClick={() => preview && void apply(preview)}
            >
              {phase.step === 'importing' ? 'Importing…' : toImport > 0 ? `Import ${count(toImport)} ${toImport === 1 ? 'record' : 'records'}` : 'Import'}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}

function descriptionOf(phase: Phase): string | undefined {
  if (phase.step === 'preview') {
    return 'Nothing has changed yet. A backup of your library is made before the import, and the import lands all at once or not at all.';
  }
  return undefined;
}

function SectionRow({ section, preview }: { section: Section; preview: ImportPreview }) {
  const counts = preview.sections[section];
  return (
    <tr>
      <th scope="row">{SECTION_LABELS[section]}</th>
      <td>{count(counts.new)}</td>
      <td>{count(counts.identical)}</td>
      <td className={counts.conflicting > 0 ? 'import-dialog__conflicting' : undefined}>{count(counts.conflicting)}</td>
    </tr>
  );
}

function ConflictList({
  preview,
  all,
  perRecord,
  onChoose,
}: {
  preview: ImportPreview;
  all: ConflictChoice | null;
  perRecord: Record<string, ConflictChoice>;
  onChoose: (key: string, choice: ConflictChoice) => void;
}) {
  return (
    <ul className="import-dialog__conflict-list" aria-label="Records that differ">
      {SECTIONS.flatMap((section) => {
        const { conflicts, conflicting } = preview.sections[section];
        const rows = conflicts.map((conflict) => {
          const key = `${section}:${conflict.key}`;
          const choice = perRecord[key] ?? all ?? '';
          return (
            <li key={key} className="import-dialog__conflict">
              <div className="import-dialog__conflict-text">
                <span className="import-dialog__conflict-kind">{SECTION_LABELS[section]}</span>
                <span>Yours: {conflict.label}</span>
                <span>File: {conflict.fileLabel}</span>
                <span className="muted">Differs in {conflict.fields.join(', ')}</span>
              </div>
              <select
                className="control control--select import-dialog__conflict-choice"
                aria-label={`For ${SECTION_LABELS[section].toLowerCase()} “${conflict.label}”`}
                value={choice}
                onChange={(event) => onChoose(key, event.target.value as ConflictChoice)}
              >
                <option value="" disabled>
                  Choose…
                </option>
                {CHOICES.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </li>
          );
        });
        const more = conflicting - conflicts.length;
        return more > 0
          ? [...rows, <li key={`${section}:more`} className="muted">…and {count(more)} more {SECTION_LABELS[section].toLowerCase()} that follow the choice above.</li>]
          : rows;
      })}
    </ul>
  );
}
