/**
 * The portfolio cards: across every relationship, where support comes from, which kinds of input
 * are missing, stretches of active work without input, and how received feedback is weighed.
 */
import { Link } from 'react-router-dom';
import { BENEFITS, BENEFIT_LABELS } from '../../../../shared/entities/exchange';
import type {
  DeclinedFeedbackFinding,
  MissingBenefitsFinding,
  NoInputStretchesFinding,
  PortfolioFinding,
  PortfolioKind,
  SupportConcentrationFinding,
} from '../../../../shared/entities/patterns';
import type { AnalysisSettings } from '../../../../shared/settings';
import { formatDay, plural } from '../../format';
import { EvidenceList } from './EvidenceList';
import { NumbersDisclosure, type NumberRow } from './NumbersDisclosure';
import { BENEFIT_WORD, PORTFOLIO_TITLE, formatShare, formatWeight } from './patternWords';
import { NUMBER_MEANING, portfolioWords } from './plainWords';
import { ShareBar, type ShareSegment } from './ShareBar';
import { StanceBadge } from './StanceBadge';
import './benefitSwatch.css';
import './patternTarget.css';
import './PortfolioCards.css';

/** The badge's words per kind and stance: "One main source" reads better here than a relationship's "Balanced". */
export function portfolioVerdict(finding: PortfolioFinding): string {
  if (finding.stance === 'not-enough-data') {
    if (finding.kind !== 'no-input-stretches') return 'Not enough data yet';
    return finding.activeProjects === 0 ? 'No active work' : 'Window too short';
  }
  const ok = finding.stance === 'interdependent';
  switch (finding.kind) {
    case 'support-concentration':
      return ok ? 'Several sources' : 'One main source';
    case 'missing-benefits':
      return ok ? 'All three kinds' : finding.missing.length === 3 ? 'Nothing received' : `Missing ${finding.missing.map((b) => BENEFIT_WORD[b]).join(', ')}`;
    case 'no-input-stretches':
      return ok ? 'Steady input' : `${plural(finding.stretches.length, 'stretch', 'stretches')} without input`;
    case 'declined-feedback':
      return ok ? 'Weighed and used' : 'Mostly declined';
  }
}

export const portfolioSectionId = (kind: PortfolioKind) => `patterns-${kind}`;

interface PortfolioCardsProps {
  findings: PortfolioFinding[];
  settings: AnalysisSettings;
  /** The report's window, for the entries listed when a finding's evidence is opened. */
  windowDays: number;
  /** The section a link asked for (?section=…), marked for a moment. */
  target?: string | null;
}

export function PortfolioCards({ findings, settings, windowDays, target }: PortfolioCardsProps) {
  return (
    <div className="portfolio-grid">
      {findings.map((finding) => (
        <PortfolioCard
          key={finding.kind}
          finding={finding}
          settings={settings}
          windowDays={windowDays}
          isTarget={target === portfolioSectionId(finding.kind)}
        />
      ))}
    </div>
  );
}

function PortfolioCard({ finding, settings, windowDays, isTarget }: { finding: PortfolioFinding; settings: AnalysisSettings; windowDays: number; isTarget: boolean }) {
  const headingId = `${portfolioSectionId(finding.kind)}-title`;
  return (
    <article
      className={`portfolio-card portfolio-card--${finding.stance}${isTarget ? ' is-target' : ''}`}
      id={portfolioSectionId(finding.kind)}
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <header className="portfolio-card__header">
        <h3 className="portfolio-card__title" id={headingId}>
          {PORTFOLIO_TITLE[finding.kind]}
        </h3>
        <StanceBadge stance={finding.stance} label={portfolioVerdict(finding)} />
      </header>
      <p className="portfolio-card__sentence">{portfolioWords(finding)}</p>
      <PortfolioVisual finding={finding} />
      <NumbersDisclosure rows={portfolioNumbers(finding, settings)} sentence={finding.sentence} />
      <EvidenceList
        evidence={finding.evidence}
        finding={{ finding: finding.kind, windowDays }}
        label={`Entries behind “${PORTFOLIO_TITLE[finding.kind]}”`}
      />
    </article>
  );
}

function PortfolioVisual({ finding }: { finding: PortfolioFinding }) {
  switch (finding.kind) {
    case 'support-concentration':
      return <Concentration finding={finding} />;
    case 'missing-benefits':
      return <Benefits finding={finding} judged={finding.stance !== 'not-enough-data'} />;
    case 'no-input-stretches':
      return <Stretches finding={finding} />;
    case 'declined-feedback':
      return <Declined finding={finding} />;
  }
}

/** The numbers a portfolio finding rests on, each with what it means; the bars and lists show the rest. */
export function portfolioNumbers(finding: PortfolioFinding, settings: AnalysisSettings): NumberRow[] {
  switch (finding.kind) {
    case 'support-concentration':
      return finding.herfindahl === null
        ? []
        : [
            {
              label: 'Concentration index',
              value: `${formatShare(finding.herfindahl)} · one main source from ${formatShare(settings.concentrationThreshold)}`,
              meaning: NUMBER_MEANING.concentration,
            },
          ];
    case 'declined-feedback':
      return finding.declinedShare === null
        ? []
        : [
            {
              label: 'Declined share',
              value: `${formatShare(finding.declinedShare)} · “mostly declined” above ${formatShare(settings.declinedShareThreshold)}`,
              meaning: NUMBER_MEANING.declinedShare,
            },
          ];
    case 'missing-benefits':
      return [{ label: 'Received', value: BENEFITS.map((b) => `${BENEFIT_WORD[b]} ${formatWeight(finding.received[b])}`).join(', '), meaning: NUMBER_MEANING.receivedByKind }];
    case 'no-input-stretches':
      return [{ label: 'Active projects', value: String(finding.activeProjects), meaning: NUMBER_MEANING.activeProjects(settings.noInputGapDays) }];
  }
}

const SOURCE_COLORS = ['var(--series-1)', 'var(--series-2)', 'var(--series-3)', 'var(--series-4)'];

function Concentration({ finding }: { finding: SupportConcentrationFinding }) {
  if (finding.sources.length === 0) return null;
  const top = finding.sources.slice(0, SOURCE_COLORS.length);
  const rest = finding.sources.slice(SOURCE_COLORS.length);
  const segments: ShareSegment[] = top.map((source, index) => ({
    key: source.collaboratorId,
    label: source.name,
    value: source.weight,
    color: SOURCE_COLORS[index] ?? 'var(--series-other)',
  }));
  if (rest.length > 0) {
    segments.push({
      key: 'others',
      label: `${plural(rest.length, 'other')}`,
      value: rest.reduce((sum, source) => sum + source.weight, 0),
      color: 'var(--series-other)',
    });
  }
  return (
    <div className="portfolio-card__visual">
      <ShareBar segments={segments} label="Support received, by source" />
    </div>
  );
}

/** Under the minimum weight nothing is called missing: the sentence says it is too early to tell. */
function Benefits({ finding, judged }: { finding: MissingBenefitsFinding; judged: boolean }) {
  const most = Math.max(1, ...BENEFITS.map((benefit) => Math.max(finding.received[benefit], finding.given[benefit])));
  return (
    <dl className="benefit-rows portfolio-card__visual">
      {BENEFITS.map((benefit) => {
        const missing = judged && finding.missing.includes(benefit);
        return (
          <div key={benefit} className={`benefit-row${missing ? ' is-missing' : ''}`}>
            <dt>
              <span className={`benefit-swatch benefit-swatch--${benefit}`} aria-hidden="true" />
              {BENEFIT_LABELS[benefit]}
            </dt>
            <dd>
              <span className="benefit-row__bar" aria-hidden="true">
                <span className={`benefit-row__fill benefit-row__fill--${benefit}`} style={{ width: `${(finding.received[benefit] / most) * 100}%` }} />
              </span>
              <span className="benefit-row__value">
                {missing ? 'missing' : finding.received[benefit] === 0 ? 'none yet' : `${formatWeight(finding.received[benefit])} received`}
                <span className="faint"> · {formatWeight(finding.given[benefit])} given</span>
              </span>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

const STRETCHES_SHOWN = 3;

function Stretches({ finding }: { finding: NoInputStretchesFinding }) {
  if (finding.stretches.length === 0) {
    return (
      <p className="portfolio-card__figure">
        <strong>{finding.activeProjects}</strong> active {finding.activeProjects === 1 ? 'project' : 'projects'}
      </p>
    );
  }
  return (
    <ul className="stretch-list portfolio-card__visual" aria-label="Longest stretches without input">
      {finding.stretches.slice(0, STRETCHES_SHOWN).map((stretch) => (
        <li key={`${stretch.projectId}:${stretch.from}`}>
          <Link className="link" to={`/projects/${stretch.projectId}`}>
            {stretch.projectTitle}
          </Link>
          <span className="stretch-list__days">{plural(stretch.days, 'day')}</span>
          <span className="stretch-list__span faint">
            {formatDay(stretch.from)} – {formatDay(stretch.to)}
          </span>
        </li>
      ))}
      {finding.stretches.length > STRETCHES_SHOWN && (
        <li className="faint">and {plural(finding.stretches.length - STRETCHES_SHOWN, 'more stretch', 'more stretches')}</li>
      )}
    </ul>
  );
}

function Declined({ finding }: { finding: DeclinedFeedbackFinding }) {
  const { outcomes } = finding;
  if (finding.resolved === 0 && outcomes.open === 0) return null;
  const segments: ShareSegment[] = [
    { key: 'applied', label: 'Applied', value: outcomes.applied, color: 'var(--tone-green-dot)', display: String(outcomes.applied) },
    { key: 'partly', label: 'Partly applied', value: outcomes.partlyApplied, color: 'var(--tone-amber-dot)', display: String(outcomes.partlyApplied) },
    { key: 'discussed', label: 'Discussed', value: outcomes.discussed, color: 'var(--tone-violet-dot)', display: String(outcomes.discussed) },
    { key: 'declined', label: 'Declined', value: outcomes.declined, color: 'var(--series-other)', display: String(outcomes.declined) },
  ];
  return (
    <div className="portfolio-card__visual">
      <ShareBar segments={segments} label="Resolved feedback received, by outcome" />
      <p className="portfolio-card__figure">
        {finding.resolved === 0 ? 'Nothing settled yet' : `${finding.outcomes.declined} of ${finding.resolved} declined`}
        {outcomes.open > 0 && <span className="faint"> · {outcomes.open} still open</span>}
      </p>
    </div>
  );
}
