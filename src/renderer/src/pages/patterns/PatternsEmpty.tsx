/** The Patterns page before there is anything to weigh: what to log, and the sample library to look around first. */
import type { PatternReport } from '../../../../shared/entities/patterns';
import { Button, ButtonLink } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { ExploreSampleButton } from '../../components/library/ExploreSampleButton';
import './PatternsEmpty.css';

export function PatternsEmpty({ report, onWiden }: { report: PatternReport; onWiden?: () => void }) {
  if (report.relationships.length === 0) {
    return (
      <EmptyState
        icon="patterns"
        title="No one to weigh yet"
        action={
          <div className="patterns-empty__actions">
            <ButtonLink to="/people/new" variant="primary" icon={<Icon name="plus" />}>
              Add a person
            </ButtonLink>
            <ExploreSampleButton />
          </div>
        }
      >
        <p>
          Patterns come from your log. Add the people you make things with, then log what passes between you: feedback
          given and received, lessons, help, and requests.
        </p>
        <p>Or look around a sample library first — a dozen made-up people with a year of log.</p>
      </EmptyState>
    );
  }
  return (
    <EmptyState
      icon="patterns"
      title={`Nothing logged in ${report.window.label}`}
      action={
        <div className="patterns-empty__actions">
          <ButtonLink to="/feedback/new" variant="primary" icon={<Icon name="feedback" />}>
            Log feedback
          </ButtonLink>
          {onWiden && <Button onClick={onWiden}>Look at the last 12 months</Button>}
          <ExploreSampleButton />
        </div>
      }
    >
      <p>
        Each piece of feedback, each lesson and each bit of help is an exchange: given or received, carrying knowledge,
        perspective or growth, with a weight from small to large. Log a few with each person — and the requests between
        you — and this page shows which relationships are mutual and which lean one way.
      </p>
    </EmptyState>
  );
}
