/**
 * One part of a result: its score (and how it moved since the last one), what it means, one thing
 * to try, from the data file; and beside it what the log shows, with the numbers and the entries
 * behind them, or that there is too little log yet.
 */
import type { BesideLogComparison } from '../../../../shared/entities/selfAssessment';
import { DIMENSION_DESCRIPTIONS, type Dimension } from '../../../../shared/selfAssessment/questionnaire';
import { Badge } from '../Badge';
import { EvidenceList } from '../patterns/EvidenceList';
import { VERDICT_WORDS, changeWords, measureValue, meaningOf } from './selfAssessmentWords';
import './DimensionCard.css';

interface DimensionCardProps {
  dimension: Dimension;
  score: number;
  /** Later minus earlier, against the result before this one. */
  change: number | undefined;
  beside: BesideLogComparison | undefined;
  /** The log's window in words, "the last 6 months". */
  windowLabel: string | undefined;
}

export function DimensionCard({ dimension, score, change, beside, windowLabel }: DimensionCardProps) {
  const { name, about, tryThis } = DIMENSION_DESCRIPTIONS[dimension];
  const titleId = `dimension-${dimension}`;
  return (
    <article className="dimension-card" aria-labelledby={titleId}>
      <header className="dimension-card__header">
        <h3 className="dimension-card__title" id={titleId}>
          {name}
        </h3>
        <span className="dimension-card__score">
          {score}
          <span className="dimension-card__of"> of 100</span>
        </span>
        {change !== undefined && (
          <span className={`dimension-card__change dimension-card__change--${Math.sign(change)}`}>
            {changeWords(change)} since the last one
          </span>
        )}
      </header>
      <p className="dimension-card__about">{about}</p>
      <div className="dimension-card__body">
        <div className="dimension-card__self">
          <p>{meaningOf(dimension, score)}</p>
          <p className="dimension-card__try">
            <strong>One thing to try</strong> {tryThis}
          </p>
        </div>
        {beside && <BesideLog comparison={beside} name={name} windowLabel={windowLabel} />}
      </div>
    </article>
  );
}

function BesideLog({ comparison, name, windowLabel }: { comparison: BesideLogComparison; name: string; windowLabel: string | undefined }) {
  const verdict = VERDICT_WORDS[comparison.verdict];
  return (
    <section className="beside-log" aria-label={`${name}: beside your log`}>
      <div className="beside-log__head">
        <span className="beside-log__title">Beside your log{windowLabel ? `, ${windowLabel}` : ''}</span>
        <Badge tone={verdict.tone}>{verdict.label}</Badge>
      </div>
      <p className="beside-log__sentence">{comparison.sentence}</p>
      {comparison.verdict !== 'too-little-log' && comparison.measures.length > 0 && (
        <dl className="beside-log__measures">
          {comparison.measures.map((measure) => (
            <div key={measure.label}>
              <dt>{measure.label}</dt>
              <dd>{measureValue(measure)}</dd>
            </div>
          ))}
        </dl>
      )}
      <EvidenceList evidence={comparison.evidence} label={`Entries behind ${name} in your log`} />
    </section>
  );
}
