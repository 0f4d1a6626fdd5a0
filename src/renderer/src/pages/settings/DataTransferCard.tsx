/** Export and import on Settings: the whole library as one JSON file, a table as CSV, and importing such a file after a preview. */
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useLocation } from 'react-router-dom';
import { DATA_CARD_QUERY } from '../../../../shared/transfer/dataCard';
import { CSV_TABLES, type CsvTable } from '../../../../shared/transfer/exportDocument';
import { SECTION_LABELS } from '../../../../shared/transfer/importPlan';
import { RECORDS } from '../../../../shared/kinds';
import { call, transportMode } from '../../api/client';
import { saveExport, sendImportFile } from '../../api/transferFiles';
import { Button } from '../../components/Button';
import { CalendarExportButton } from '../../components/CalendarExportButton';
import { Card } from '../../components/Card';
import { Select } from '../../components/Field';
import { messageOf } from '../../components/StatusViews';
import { useToast } from '../../components/Toast';
import { ImportDialog, type ChosenFile } from './ImportDialog';
import '../../components/controls/form.css';
import './DataTransferCard.css';


const CSV_LABELS: Record<CsvTable, string> = Object.fromEntries(
  CSV_TABLES.map((table) => [table, table === 'collaborators' || table === 'projects' ? SECTION_LABELS[table] : RECORDS[table].labels.many]),
) as Record<CsvTable, string>;

const recordsWord = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'record' : 'records'}`;

export function DataTransferCard() {
  const toast = useToast();
  const location = useLocation();
  const heading = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<'json' | 'csv' | 'import' | null>(null);
  const [table, setTable] = useState<CsvTable>('feedback');
  const [chosen, setChosen] = useState<ChosenFile | null>(null);

  useEffect(() => {
    if (!location.search.includes(DATA_CARD_QUERY)) return;
    // After the page around it has laid out (the settings form loads beside it).
    const frame = requestAnimationFrame(() => {
      heading.current?.scrollIntoView({ block: 'center' });
      heading.current?.querySelector<HTMLButtonElement>('button')?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [location.search]);

  async function exportAs(format: 'json' | 'csv') {
    setBusy(format);
    try {
      const prepared = await call('export.prepare', format === 'json' ? { format } : { format, table });
      if (await saveExport(prepared)) {
        toast.show({ tone: 'success', message: `Exported ${recordsWord(prepared.records)} to ${prepared.name}.` });
      }
    } catch (error) {
      toast.show({ tone: 'error', message: `The export failed: ${messageOf(error)}` });
    } finally {
      setBusy(null);
    }
  }

  async function chooseFile() {
    if (transportMode === 'browser') {
      fileInput.current?.click();
      return;
    }
    setBusy('import');
    try {
      const picked = await call('import.choose', {});
      if (picked) setChosen(picked);
    } catch (error) {
      toast.show({ tone: 'error', message: messageOf(error) });
    } finally {
      setBusy(null);
    }
  }

  async function onFilePicked(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy('import');
    try {
      setChosen({ file: await sendImportFile(file), name: file.name });
    } catch (error) {
      toast.show({ tone: 'error', message: `${file.name} could not be read: ${messageOf(error)}` });
    } finally {
      setBusy(null);
    }
  }

  return (
    <Card title="Export and import">
      <div className="data-transfer" ref={heading}>
        <section className="data-transfer__part" aria-labelledby="data-export-heading">
          <h3 id="data-export-heading" className="data-transfer__heading">
            Take your library with you
          </h3>
          <p className="muted">
            One JSON file holds everything: people, projects, every entry (deleted ones too) and your analysis settings.
            Counterpoint can import it again, here or on another computer.
          </p>
          <Button variant="primary" busy={busy === 'json'} disabled={busy !== null} onClick={() => void exportAs('json')}>
            {busy === 'json' ? 'Exporting…' : 'Export everything (JSON)'}
          </Button>
          <div className="data-transfer__csv">
            <Select
              label="A table for a spreadsheet"
              value={table}
              onChange={(event) => setTable(event.target.value as CsvTable)}
              options={CSV_TABLES.map((value) => ({ value, label: CSV_LABELS[value] }))}
            />
            <Button busy={busy === 'csv'} disabled={busy !== null} onClick={() => void exportAs('csv')}>
              {busy === 'csv' ? 'Exporting…' : 'Export as CSV'}
            </Button>
          </div>
        </section>
        <section className="data-transfer__part" aria-labelledby="data-calendar-heading">
          <h3 id="data-calendar-heading" className="data-transfer__heading">
            Your calendar
          </h3>
          <p className="muted">
            One iCalendar file (.ics) with your planned lessons, practice due dates and check-ins due, as all-day events.
            Import it into your calendar app; importing a newer file updates the same events instead of adding copies.
          </p>
          <CalendarExportButton disabled={busy !== null} />
        </section>
        <section className="data-transfer__part" aria-labelledby="data-import-heading">
          <h3 id="data-import-heading" className="data-transfer__heading">
            Bring a library in
          </h3>
          <p className="muted">
            Import a Counterpoint export. You see what it would add and what differs before anything changes, and a backup
            is made first.
          </p>
          <Button busy={busy === 'import'} disabled={busy !== null} onClick={() => void chooseFile()}>
            {busy === 'import' ? 'Reading the file…' : 'Import a file…'}
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            tabIndex={-1}
            aria-label="Choose an export file to import"
            onChange={(event) => void onFilePicked(event)}
          />
        </section>
      </div>
      {chosen && <ImportDialog key={chosen.file} chosen={chosen} onClose={() => setChosen(null)} />}
    </Card>
  );
}
