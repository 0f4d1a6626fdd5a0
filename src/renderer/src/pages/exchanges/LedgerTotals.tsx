/** LedgerTotals: the weight given and received across the rows a filter matches, as two numbers and one split bar. */
import type { ExchangePage } from '../../../../shared/contract/exchanges';
import { plural } from '../../format';
import './LedgerTotals.css';

interface LedgerTotalsProps {
  totals: ExchangePage['totals'];
  count: number;
  filtered: boolean;
}

/** Without totals: the same card, its figures still on their way (the page's first answer). */
export function LedgerTotals(props: LedgerTotalsProps | Record<string, never>) {
  if (!('totals' in props)) {
    return (
      <section className="ledger-totals is-pending" aria-label="Totals" aria-busy="true">
        <p className="ledger-totals__side ledger-totals__side--given">
          <span className="ledger-totals__label">You gave</span> <strong className="ledger-totals__value">–</strong>
        </p>
        <div className="ledger-totals__middle">
          <div className="ledger-totals__bar is-empty" aria-hidden="true">
            <span style={{ width: '50%' }} />
            <span style={{ width: '50%' }} />
          </div>
          <p className="ledger-totals__caption">Adding up the ledger…</p>
        </div>
        <p className="ledger-totals__side ledger-totals__side--received">
          <span className="ledger-totals__label">You received</span> <strong className="ledger-totals__value">–</strong>
        </p>
      </section>
    );
  }
  const { totals, count, filtered } = props;
  const sum = totals.given + totals.received;
  const givenShare = sum === 0 ? 0.5 : totals.given / sum;
  return (
    <section className="ledger-totals" aria-label="Totals">
      <p className="ledger-totals__side ledger-totals__side--given">
        <span className="ledger-totals__label">You gave</span> <strong className="ledger-totals__value">{totals.given}</strong>
      </p>
      <div className="ledger-totals__middle">
        <div
          className={`ledger-totals__bar${sum === 0 ? ' is-empty' : ''}`}
          role="img"
          aria-label={sum === 0 ? 'Nothing given or received yet' : `${Math.round(givenShare * 100)}% of the weight given, ${Math.round((1 - givenShare) * 100)}% received`}
        >
          <span className="ledger-totals__given" style={{ width: `${givenShare * 100}%` }} />
          <span className="ledger-totals__received" style={{ width: `${(1 - givenShare) * 100}%` }} />
        </div>
        <p className="ledger-totals__caption">
          {sum === 0
            ? 'Weights add up here as you log: small 1, medium 2, large 3.'
            : `${Math.round(givenShare * 100)}% given · weight across ${plural(count, 'exchange')}${filtered ? ' matching these filters' : ''}`}
        </p>
      </div>
      <p className="ledger-totals__side ledger-totals__side--received">
        <span className="ledger-totals__label">You received</span> <strong className="ledger-totals__value">{totals.received}</strong>
      </p>
    </section>
  );
}
