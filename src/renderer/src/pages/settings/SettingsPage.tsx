import { useRef, useState, type FormEvent } from 'react';
import { z } from 'zod';
import { AnalysisSettings, DEFAULT_SETTINGS } from '../../../../shared/settings';
import { useCall, useCommand } from '../../api/hooks';
import { Button } from '../../components/Button';
import { useConfirm } from '../../components/Confirm';
import { TextField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { ErrorNotice, Loading } from '../../components/StatusViews';
import { useToast } from '../../components/Toast';
import { focusFirstInvalid, useFormErrors } from '../../hooks/useFormErrors';
import { ANALYSIS_GROUPS, ANALYSIS_KEYS, type AnalysisKey } from './analysisFields';
import { BackupsCard } from './BackupsCard';
import { DataTransferCard } from './DataTransferCard';
import { LibraryCard } from './LibraryCard';
import { RemindersCard } from './RemindersCard';
import { SettingsResetNotice } from './SettingsResetNotice';
import '../../components/controls/form.css';
import './SettingsPage.css';

/** The pattern engine's rules, each with what it means, checked here and by the main process; and where the library lives. */
export function SettingsPage() {
  const settings = useCall('settings.get', {});
  return (
    <>
      <PageHeader title="Settings" subtitle="The rules the Patterns page uses to weigh your log, and where your library is kept." />
      <SettingsResetNotice />
      <div className="detail-grid settings-grid">
        <div className="detail-grid__main">
          {settings.isPending ? (
            <Loading label="Loading settings…" />
          ) : settings.isError ? (
            <ErrorNotice error={settings.error} onRetry={() => void settings.refetch()} />
          ) : (
            <AnalysisForm saved={settings.data.analysis} />
          )}
        </div>
        <div className="detail-grid__side">
          <LibraryCard />
          <BackupsCard />
          <RemindersCard />
          <DataTransferCard />
        </div>
      </div>
    </>
  );
}

type Values = Record<AnalysisKey, string>;

/** Field names are the settings paths, so the main process's issues ('analysis.windowDays') land on their field. */
const FIELD_NAMES = ANALYSIS_KEYS.map((key) => `analysis.${key}` as const);
type FieldName = (typeof FIELD_NAMES)[number];
const WholeAnalysis = z.object({ analysis: AnalysisSettings });

const textOf = (analysis: AnalysisSettings): Values =>
  Object.fromEntries(ANALYSIS_KEYS.map((key) => [key, String(analysis[key])])) as Values;

/** '' and anything that is not a number become NaN, which the schema turns into "… must be a number". */
const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim()));

const numbersOf = (values: Values) =>
  Object.fromEntries(ANALYSIS_KEYS.map((key) => [key, numberOf(values[key])])) as Record<AnalysisKey, number>;

function AnalysisForm({ saved }: { saved: AnalysisSettings }) {
  const [values, setValues] = useState<Values>(() => textOf(saved));
  const [attempted, setAttempted] = useState(false);
  const errors = useFormErrors<FieldName>(FIELD_NAMES);
  const form = useRef<HTMLFormElement>(null);
  const toast = useToast();
  const confirm = useConfirm();
  const update = useCommand('settings.update', { invalidates: ['settings', 'patterns'] });
  const [failure, setFailure] = useState<unknown>(null);

  const dirty = ANALYSIS_KEYS.some((key) => numberOf(values[key]) !== saved[key]);
  // Nothing to reset when both the saved rules and the form already hold the defaults.
  const atDefaults = ANALYSIS_KEYS.every(
    (key) => saved[key] === DEFAULT_SETTINGS.analysis[key] && numberOf(values[key]) === DEFAULT_SETTINGS.analysis[key],
  );

  const change = (key: AnalysisKey, text: string) => {
    const next = { ...values, [key]: text };
    setValues(next);
    if (attempted) errors.check(WholeAnalysis, { analysis: numbersOf(next) });
  };

  const save = async (analysis: Record<AnalysisKey, number>, message: string) => {
    setFailure(null);
    try {
      const result = await update.mutateAsync({ analysis });
      setValues(textOf(result.analysis));
      setAttempted(false);
      errors.clear();
      toast.show({ tone: 'success', message, link: { label: 'See patterns', to: '/patterns' } });
    } catch (error) {
      if (errors.fromError(error)) focusFirstInvalid(form.current);
      else setFailure(error);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (update.isPending) return;
    setAttempted(true);
    const analysis = numbersOf(values);
    if (!errors.check(WholeAnalysis, { analysis })) {
      focusFirstInvalid(form.current);
      return;
    }
    await save(analysis, 'Settings saved. Patterns use them now.');
  };

  const reset = async () => {
    const sure = await confirm({
      title: 'Reset the analysis settings?',
      body: 'Every rule on this page goes back to its default. Your log is not touched.',
      confirmLabel: 'Reset to defaults',
    });
    if (sure) await save({ ...DEFAULT_SETTINGS.analysis }, 'Analysis settings are back to their defaults.');
  };

  return (
    <form ref={form} className="form settings-form" onSubmit={(event) => void submit(event)} noValidate aria-label="Analysis settings">
      {ANALYSIS_GROUPS.map((group) => (
        <fieldset key={group.id} className="settings-group">
          <legend className="settings-group__title">{group.title}</legend>
          <p className="settings-group__intro">{group.intro}</p>
          <div className="settings-group__fields">
            {group.fields.map((field) => (
              <TextField
                key={field.key}
                label={field.label}
                type="number"
                inputMode={field.step < 1 ? 'decimal' : 'numeric'}
                step={field.step}
                value={values[field.key]}
                onChange={(event) => change(field.key, event.target.value)}
                error={errors.of(`analysis.${field.key}`)}
                className="settings-field"
                hint={
                  <>
                    {field.hint} <span className="settings-field__default">Default {DEFAULT_SETTINGS.analysis[field.key]}.</span>
                  </>
                }
              />
            ))}
          </div>
        </fieldset>
      ))}
      {errors.general && (
        <p className="form__error" role="alert">
          {errors.general}
        </p>
      )}
      {failure !== null && <ErrorNotice error={failure} title="Not saved" />}
      <div className="form__actions settings-form__actions">
        <Button variant="ghost" onClick={() => void reset()} disabled={update.isPending || atDefaults}>
          Reset to defaults
        </Button>
        <span className="settings-form__status" aria-live="polite">
          {dirty ? 'Unsaved changes' : ''}
        </span>
        <Button type="submit" variant="primary" busy={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save'}
        </Button>
      </div>
    </form>
  );
}
