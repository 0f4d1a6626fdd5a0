/** Saves the calendar file (.ics) of planned lessons, practice due and check-ins due; Settings' export card and Upcoming offer it. */
import { useState } from 'react';
import { call } from '../api/client';
import { saveExport } from '../api/transferFiles';
import { Button } from './Button';
import { messageOf } from './StatusViews';
import { useToast } from './Toast';

const eventsWord = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'event' : 'events'}`;

export function CalendarExportButton({ disabled = false }: { disabled?: boolean }) {
  const toast = useToast();
  const [busy, setBusy] = useState(false);

  async function exportCalendar() {
    setBusy(true);
    try {
      const prepared = await call('calendar.prepare', {});
      if (await saveExport(prepared)) {
        toast.show({
          tone: 'success',
          message:
            prepared.records === 0
              ? `Saved ${prepared.name}. It has no events yet: plan a lesson, give practice a due date or set a check-in.`
              : `Saved ${eventsWord(prepared.records)} to ${prepared.name}. Import it into your calendar; importing a newer one updates them.`,
        });
      }
    } catch (error) {
      toast.show({ tone: 'error', message: `The calendar file could not be made: ${messageOf(error)}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button busy={busy} disabled={disabled || busy} onClick={() => void exportCalendar()}>
      {busy ? 'Making the calendar file…' : 'Export to your calendar (.ics)'}
    </Button>
  );
}
