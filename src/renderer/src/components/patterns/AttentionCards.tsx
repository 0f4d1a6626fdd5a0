/**
 * The Dashboard's "Needs attention": relationships that look one-sided, not yet standing alone or
 * gone quiet, needs gaps, and the portfolio's missing input — each a card that links to the
 * person or to its place on the Patterns page.
 */
import { Link } from 'react-router-dom';
import { STANCE_ORDER, type PatternReport, type Stance } from '../../../../shared/entities/patterns';
import { useCall } from '../../api/hooks';
import { plural, withLocalDays } from '../../format';
import { personHref } from '../../pages/people/personSections';
import { ErrorNotice } from '../StatusViews';
import { needsAttention, PORTFOLIO_TITLE } from './patternWords';
import { portfolioSectionId, portfolioVerdict } from './PortfolioCards';
import { relationshipCardId, stanceLabelOf } from './RelationshipCard';
import { nothingLogged } from './reportFacts';
import { NEEDS_GAP_TITLE, needsWords, portfolioWords, relationshipWords } from './plainWords';
import { StanceBadge } from './StanceBadge';
import './AttentionCards.css';

const SHOWN = 6;

interface AttentionItem {
  key: string;
  stance: Stance;
  badge: string;
  title: string;
  sentence: string;
  /** Where the title goes: the person, or the portfolio card. */
  to: string;
  /** The relationship's place on the Patterns page, for people. */
  patternsTo?: string;
  confidence: number;
}

const patternsSection = (section: string) => `/patterns?section=${section}`;

export function attentionItems(report: PatternReport): AttentionItem[] {
  const people: AttentionItem[] = [];
  for (const finding of report.relationships) {
    const { id, name } = finding.collaborator;
    const base = { to: personHref(id, 'balance'), patternsTo: patternsSection(relationshipCardId(id)), title: name };
    if (needsAttention(finding.stance)) {
      people.push({ ...base, key: `person:${id}`, stance: finding.stance, badge: stanceLabelOf(finding), sentence: relationshipWords(finding), confidence: finding.confidence });
    } else if (finding.needsGap) {
      const gap = finding.needsGap;
      people.push({
        ...base,
        key: `needs:${id}`,
        stance: gap.stance,
        badge: gap.whoseNeedsCountMore === 'theirs' ? 'Their needs count more' : 'Your needs count more',
        sentence: `${NEEDS_GAP_TITLE[gap.whoseNeedsCountMore]}: ${needsWords(gap).toLowerCase()}`,
        confidence: gap.confidence,
      });
    }
  }
  const rank = (stance: Stance) => STANCE_ORDER.indexOf(stance);
  people.sort((a, b) => rank(a.stance) - rank(b.stance) || b.confidence - a.confidence);
  const portfolio: AttentionItem[] = report.portfolio
    .filter((finding) => needsAttention(finding.stance))
    .map((finding) => ({
      key: `portfolio:${finding.kind}`,
      stance: finding.stance,
      badge: portfolioVerdict(finding),
      title: PORTFOLIO_TITLE[finding.kind],
      sentence: portfolioWords(finding),
      to: patternsSection(portfolioSectionId(finding.kind)),
      confidence: finding.confidence,
    }));
  return [...people, ...portfolio];
}

/** Shown on the Dashboard once anyone is in the library; says so calmly when nothing needs a look. */
export function AttentionCards() {
  const report = useCall('patterns.report', {});
  if (report.isPending) return null;
  if (report.isError) return <ErrorNotice error={report.error} title="Patterns could not be loaded" onRetry={() => void report.refetch()} />;
  // Before anything is logged every active relationship would read "going it alone": no news to a new library.
  if (report.data.relationships.length === 0 || nothingLogged(report.data)) return null;

  const items = attentionItems(report.data);
  const balanced = report.data.relationships.filter((finding) => finding.stance === 'interdependent').length;
  return (
    <section className="attention" aria-labelledby="attention-title">
      <header className="attention__header">
        <h2 className="attention__title" id="attention-title">
          Needs attention
        </h2>
        <span className="attention__window">{capitalise(report.data.window.label)}, counting today</span>
        <Link className="link link--quiet attention__all" to="/patterns">
          All patterns
        </Link>
      </header>
      {items.length === 0 ? (
        <p className="attention__calm">
          Nothing stands out in {report.data.window.label}
          {balanced > 0 ? ` — ${plural(balanced, 'relationship looks', 'relationships look')} balanced.` : '.'}
        </p>
      ) : (
        <>
          <ul className="attention__grid" aria-label="Needs attention">
            {items.slice(0, SHOWN).map((item) => (
              <li key={item.key} className={`attention-card attention-card--${item.stance}`}>
                <StanceBadge stance={item.stance} label={item.badge} />
                <Link className="attention-card__title" to={item.to}>
                  {item.title}
                </Link>
                <p className="attention-card__sentence">{withLocalDays(item.sentence)}</p>
                {item.patternsTo && (
                  <Link className="attention-card__more" to={item.patternsTo} aria-label={`${item.title} in Patterns`}>
                    In Patterns
                  </Link>
                )}
              </li>
            ))}
          </ul>
          {items.length > SHOWN && (
            <p className="attention__more">
              <Link className="link" to="/patterns">
                {plural(items.length - SHOWN, 'more pattern', 'more patterns')} on the Patterns page
              </Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
