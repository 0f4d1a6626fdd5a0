import { keepPreviousData } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { PatternReport } from '../../../../shared/entities/patterns';
import type { AnalysisSettings } from '../../../../shared/settings';
import { useCall } from '../../api/hooks';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { PageHeader } from '../../components/PageHeader';
import { PortfolioCards } from '../../components/patterns/PortfolioCards';
import { WINDOW_CHOICES, windowChoiceLabel } from '../../components/patterns/patternWords';
import { nothingLogged } from '../../components/patterns/reportFacts';
import { ErrorNotice, Loading } from '../../components/StatusViews';
import { formatDay } from '../../format';
import { useUrlState } from '../../hooks/useUrlState';
import { PatternsEmpty } from './PatternsEmpty';
import { RelationshipGroups } from './RelationshipGroups';
import { StanceSummary } from './StanceSummary';
import './PatternsPage.css';

const parseWindow = (raw: string | null): number | null => {
  const days = Number(raw);
  return raw !== null && Number.isInteger(days) && days >= 7 && days <= 3650 ? days : null;
};

/**
 * Across the whole log: where support comes from and what is missing (the portfolio), then every
 * relationship grouped by stance, most certain first. The window is in the address (?window=90);
 * without it the Settings page's window applies. ?section=… scrolls to one card (Dashboard links).
 */
export function PatternsPage() {
  const settings = useCall('settings.get', {});
  const [windowParam, setWindowParam] = useUrlState('window', parseWindow, (days) => (days === null ? null : String(days)));
  // Switching windows keeps the last answer on screen until the new one arrives, instead of a spinner.
  const report = useCall('patterns.report', windowParam === null ? {} : { windowDays: windowParam }, { placeholderData: keepPreviousData });

  const defaultDays = settings.data?.analysis.windowDays;
  const choices = [...WINDOW_CHOICES.map((choice) => choice.days), ...(defaultDays === undefined ? [] : [defaultDays])]
    .filter((days, index, all) => all.indexOf(days) === index)
    .sort((a, b) => a - b)
    .map((days) => ({ value: String(days), label: `${windowChoiceLabel(days)}${days === defaultDays ? ' (default)' : ''}` }));
  const selected = windowParam ?? defaultDays;
  const chooseWindow = (days: number) => setWindowParam(days === defaultDays ? null : days);

  return (
    <>
      <PageHeader
        title="Patterns"
        subtitle={
          report.data
            ? `What your log shows about give and take, ${report.data.window.label}: ${report.data.window.days} days counting today (${formatDay(report.data.window.from)} – ${formatDay(report.data.window.to)}).`
            : 'What your log shows about give and take.'
        }
        actions={
          selected !== undefined &&
          report.data?.relationships.length !== 0 && (
            <ChoiceGroup
              legend="Window"
              hideLegend
              className="patterns-window"
              choices={choices}
              value={String(selected)}
              onChange={(value) => chooseWindow(Number(value))}
            />
          )
        }
      />
      {report.isPending || settings.isPending ? (
        <Loading label="Weighing the log…" />
      ) : report.isError ? (
        <ErrorNotice error={report.error} onRetry={() => void report.refetch()} />
      ) : settings.isError ? (
        <ErrorNotice error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <PatternsBody report={report.data} settings={settings.data.analysis} onWiden={() => chooseWindow(365)} />
      )}
    </>
  );
}

function PatternsBody({ report, settings, onWiden }: { report: PatternReport; settings: AnalysisSettings; onWiden: () => void }) {
  const [params] = useSearchParams();
  const target = params.get('section');
  const empty = report.relationships.length === 0 || nothingLogged(report);

  useEffect(() => {
    if (!target || empty) return;
    const element = document.getElementById(target);
    element?.scrollIntoView({ block: 'start' });
    element?.focus({ preventScroll: true });
  }, [target, empty]);

  if (empty) return <PatternsEmpty report={report} onWiden={report.window.days < 365 ? onWiden : undefined} />;
  const band = { low: settings.balancedBandLow, high: settings.balancedBandHigh };
  return (
    <div className="patterns">
      <StanceSummary relationships={report.relationships} />
      <section className="patterns__section" aria-labelledby="patterns-portfolio-title">
        <div className="patterns__section-header">
          <h2 className="patterns__section-title" id="patterns-portfolio-title">
            Across everyone
          </h2>
          <p className="patterns__section-hint">Where your support comes from, what kind of input reaches you, and how you use it.</p>
        </div>
        <PortfolioCards findings={report.portfolio} settings={settings} windowDays={report.window.days} target={target} />
      </section>
      <section className="patterns__section" aria-labelledby="patterns-relationships-title">
        <div className="patterns__section-header">
          <h2 className="patterns__section-title" id="patterns-relationships-title">
            Relationships
          </h2>
          <p className="patterns__section-hint">
            Each relationship once, under the stance the log points to. What asks for a look comes first; within a group, the
            most certain first.
          </p>
          <p className="patterns__section-hint">
            Each picture runs from you receiving (left) to you giving (right); the shaded band in the middle counts as
            balanced. The bar around the dot is where it probably lies — the less that is logged, the wider it is. Where
            requests were made, a second picture shows how many of yours and theirs were met.{' '}
            <Link className="link" to="/settings">Change the rules</Link>
          </p>
        </div>
        <RelationshipGroups relationships={report.relationships} band={band} windowDays={report.window.days} target={target} />
      </section>
    </div>
  );
}
