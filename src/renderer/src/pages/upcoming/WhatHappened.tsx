/**
 * What happened at a planned lesson: Held (a small form: the day, takeaways, confidence), Cancelled
 * (after a confirmation: it then counts nowhere) or Moved (a new day, today or later). Used on the
 * Upcoming page, the Dashboard's prompt and the lesson's own page.
 */
import { useState, type FormEvent } from 'react';
import type { Lesson } from '../../../../shared/entities/lesson';
import { useCommand } from '../../api/hooks';
import { Button } from '../../components/Button';
import { useConfirm } from '../../components/Confirm';
import { Dialog, DialogActions } from '../../components/Dialog';
import { DateField, TextArea } from '../../components/Field';
import { ConfidenceScale } from '../../components/log/ConfidenceScale';
import { todayIso } from '../../components/log/dates';
import { LOG_AREAS } from '../../components/log/invalidation';
import { useToast } from '../../components/Toast';
import { formatDay } from '../../format';
import { useFormErrors } from '../../hooks/useFormErrors';
import { useReportError } from '../../hooks/useReportError';
import { lessonTitle } from '../lessons/lessonWords';
import './WhatHappened.css';

type Open = 'held' | 'moved' | null;

export function WhatHappened({ lesson, size = 'sm' }: { lesson: Lesson; size?: 'sm' | 'md' }) {
  const [open, setOpen] = useState<Open>(null);
  const confirm = useConfirm();
  const toast = useToast();
  const report = useReportError();
  const cancel = useCommand('lessons.cancel', { invalidates: LOG_AREAS });
  const title = lessonTitle(lesson);

  const cancelLesson = async () => {
    const sure = await confirm({
      title: 'Mark this lesson cancelled?',
      body: `“${title}” on ${formatDay(lesson.date)} stays in the record as cancelled and counts nowhere. This cannot be undone; you can plan a new lesson instead.`,
      confirmLabel: 'Mark cancelled',
      danger: true,
    });
    if (!sure) return;
    try {
      await cancel.mutateAsync({ id: lesson.id });
      toast.show({ tone: 'success', message: 'Lesson marked cancelled.' });
    } catch (error) {
      report(error, 'cancel the lesson');
    }
  };

  return (
    <div className="what-happened" role="group" aria-label={`What happened at “${title}”?`}>
      <Button size={size} variant="primary" onClick={() => setOpen('held')}>
        Held…
      </Button>
      <Button size={size} onClick={() => void cancelLesson()} busy={cancel.isPending}>
        Cancelled
      </Button>
      <Button size={size} onClick={() => setOpen('moved')}>
        Moved…
      </Button>
      <HeldDialog lesson={lesson} open={open === 'held'} onClose={() => setOpen(null)} />
      <MovedDialog lesson={lesson} open={open === 'moved'} onClose={() => setOpen(null)} />
    </div>
  );
}

interface LessonDialogProps {
  lesson: Lesson;
  open: boolean;
  onClose: () => void;
}

const HELD_FIELDS = ['date', 'takeaways', 'confidence', 'durationMin'] as const;

function HeldDialog({ lesson, open, onClose }: LessonDialogProps) {
  const today = todayIso();
  const [date, setDate] = useState(lesson.date <= today ? lesson.date : today);
  const [takeaways, setTakeaways] = useState('');
  const [confidence, setConfidence] = useState<number | null>(null);
  const errors = useFormErrors(HELD_FIELDS);
  const toast = useToast();
  const report = useReportError();
  const markHeld = useCommand('lessons.markHeld', { invalidates: LOG_AREAS });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await markHeld.mutateAsync({ id: lesson.id, date, takeaways, confidence });
      toast.show({ tone: 'success', message: 'Lesson marked held: it now counts in Give & take.', link: { to: `/lessons/${lesson.id}`, label: 'View' } });
      onClose();
    } catch (error) {
      if (!errors.fromError(error)) report(error, 'mark the lesson held');
    }
  };

  return (
    <Dialog open={open} onClose={onClose} title="Mark the lesson held" description={`${lessonTitle(lesson)}, planned for ${formatDay(lesson.date)}`}>
      <form className="form what-happened__form" onSubmit={(event) => void submit(event)} noValidate aria-label="Lesson held">
        <DateField label="Held on" value={date} max={today} onChange={(event) => setDate(event.target.value)} error={errors.of('date')} hint="Today or an earlier day." />
        <TextArea
          label="Takeaways"
          optional
          rows={3}
          maxLength={10000}
          value={takeaways}
          onChange={(event) => setTakeaways(event.target.value)}
          error={errors.of('takeaways')}
          placeholder="What you want to remember from it."
        />
        <ConfidenceScale value={confidence} onChange={setConfidence} error={errors.of('confidence')} />
        {errors.general && <p className="field__error">{errors.general}</p>}
        <SubmitButtons onClose={onClose} label="Mark held" busy={markHeld.isPending} />
      </form>
    </Dialog>
  );
}

const MOVED_FIELDS = ['date'] as const;

function MovedDialog({ lesson, open, onClose }: LessonDialogProps) {
  const today = todayIso();
  const [date, setDate] = useState(lesson.date >= today ? lesson.date : '');
  const errors = useFormErrors(MOVED_FIELDS);
  const toast = useToast();
  const report = useReportError();
  const move = useCommand('lessons.move', { invalidates: LOG_AREAS });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const moved = await move.mutateAsync({ id: lesson.id, date });
      toast.show({ tone: 'success', message: `Lesson moved to ${formatDay(moved.date)}.` });
      onClose();
    } catch (error) {
      if (!errors.fromError(error)) report(error, 'move the lesson');
    }
  };

  return (
    <Dialog open={open} onClose={onClose} title="Move the lesson" description={`${lessonTitle(lesson)}, planned for ${formatDay(lesson.date)}`} size="sm">
      <form className="form what-happened__form" onSubmit={(event) => void submit(event)} noValidate aria-label="Lesson moved">
        <DateField label="New date" value={date} min={today} onChange={(event) => setDate(event.target.value)} error={errors.of('date')} hint="Today or a later day." />
        <SubmitButtons onClose={onClose} label="Move lesson" busy={move.isPending} />
      </form>
    </Dialog>
  );
}

function SubmitButtons({ onClose, label, busy }: { onClose: () => void; label: string; busy: boolean }) {
  return (
    <DialogActions>
      <Button type="button" onClick={onClose}>
        Cancel
      </Button>
      <Button type="submit" variant="primary" busy={busy}>
        {label}
      </Button>
    </DialogActions>
  );
}
