/**
 * The balance picture: give and take against the balanced band, and beside it the needs side (your
 * requests met, theirs) — both drawn from the finding the words come from. The numbers behind them
 * wait under "Show the numbers", each with what it means.
 */
import type { RelationshipFinding } from '../../../../shared/entities/patterns';
import { IntervalTrack, type Band } from './IntervalTrack';
import { hasNeeds, NeedsTrack } from './NeedsTrack';
import { NumbersDisclosure, type NumberRow } from './NumbersDisclosure';
import { confidenceWords, firstName, formatConfidence, formatLevel, formatShare, formatWeight, relationshipConfidence } from './patternWords';
import { NUMBER_MEANING, shareSide } from './plainWords';
import './BalanceFigures.css';

type BalanceFinding = Pick<
  RelationshipFinding,
  'give' | 'receive' | 'giveShare' | 'interval' | 'basis' | 'confidence' | 'needs' | 'needsGap' | 'trend' | 'sentence' | 'collaborator'
>;

interface BalanceFiguresProps {
  finding: BalanceFinding;
  band: Band;
  /** The Patterns page's cards: slimmer tracks. */
  compact?: boolean;
}

export function BalanceFigures({ finding, band, compact = false }: BalanceFiguresProps) {
  const judged = finding.basis !== 'too-little-weight';
  return (
    <div className={`balance-figures${compact ? ' balance-figures--compact' : ''}`}>
      <div className="balance-figures__tracks">
        <div className="balance-figures__track">
          <span className="balance-figures__label">
            Give and take
            <span className="balance-figures__reading">{giveTakeReading(finding, band)}</span>
          </span>
          <IntervalTrack giveShare={finding.giveShare} interval={finding.interval} band={band} judged={judged} compact={compact} />
        </div>
        {hasNeeds(finding.needs) && (
          <div className="balance-figures__track">
            <span className="balance-figures__label">
              Requests met
              <span className={`balance-figures__reading${finding.needsGap ? ' is-one-way' : ''}`}>{needsReading(finding)}</span>
            </span>
            <NeedsTrack needs={finding.needs} gap={finding.needsGap} name={firstName(finding.collaborator.name)} compact={compact} />
          </div>
        )}
      </div>
      <NumbersDisclosure rows={balanceNumbers(finding, band)} sentence={finding.sentence} />
    </div>
  );
}

/** What each picture shows, in two or three words under its name: the words and the picture say one thing. */
export function giveTakeReading(finding: Pick<BalanceFinding, 'giveShare' | 'basis'>, band: Band): string {
  if (finding.giveShare === null) return 'nothing exchanged';
  if (finding.basis === 'too-little-weight') return 'too little to judge';
  return shareSide(finding.giveShare, band);
}

export function needsReading(finding: Pick<BalanceFinding, 'needsGap'>): string {
  return finding.needsGap ? 'far more one way' : 'no clear gap';
}

const rateOf = (rate: number | null, resolved: number) => (rate === null ? 'none settled' : `${formatShare(rate)} of ${resolved} settled`);

/** Every number the balance rests on, with a line saying what it means. */
export function balanceNumbers(finding: BalanceFinding, band: Band): NumberRow[] {
  const sure = relationshipConfidence(finding);
  const rows: NumberRow[] = [
    { label: 'You gave', value: formatWeight(finding.give), meaning: NUMBER_MEANING.give },
    { label: 'You received', value: formatWeight(finding.receive), meaning: NUMBER_MEANING.receive },
    { label: 'Give share', value: finding.giveShare === null ? '—' : formatShare(finding.giveShare), meaning: NUMBER_MEANING.giveShare },
  ];
  if (finding.giveShare !== null && finding.basis !== 'too-little-weight') {
    rows.push({
      label: `${formatLevel(finding.interval.level)} interval`,
      value: `${formatShare(finding.interval.low)}–${formatShare(finding.interval.high)}`,
      meaning: NUMBER_MEANING.interval,
    });
  }
  rows.push(
    { label: 'Balanced band', value: `${formatShare(band.low)}–${formatShare(band.high)}`, meaning: NUMBER_MEANING.band },
    { label: 'How sure', value: sure.number ? `${sure.words} · ${sure.number}` : sure.words, meaning: NUMBER_MEANING.howSure },
  );
  if (hasNeeds(finding.needs)) {
    rows.push({
      label: 'Requests met',
      value: `yours ${rateOf(finding.needs.yourMetRate, finding.needs.yourResolved)}, theirs ${rateOf(finding.needs.theirMetRate, finding.needs.theirResolved)}`,
      meaning: NUMBER_MEANING.metRate,
    });
  }
  if (finding.needsGap) {
    const gap = finding.needsGap;
    rows.push({
      label: 'Needs gap',
      value: `${formatShare(gap.gap)} · ${confidenceWords(gap.confidence).toLowerCase()} ${formatConfidence(gap.confidence)}`,
      meaning: NUMBER_MEANING.needsGap,
    });
  }
  if (finding.trend && finding.trend.direction !== 'steady') {
    const trend = finding.trend;
    rows.push({
      label: 'Give share by half',
      value: `${formatShare(trend.firstHalfGiveShare)} → ${formatShare(trend.secondHalfGiveShare)} · ${confidenceWords(trend.confidence).toLowerCase()} ${formatConfidence(trend.confidence)}`,
      meaning: NUMBER_MEANING.trend,
    });
  }
  return rows;
}
