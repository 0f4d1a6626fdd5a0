import { BENEFIT_LABELS, type Exchange } from '../../../../shared/entities/exchange';
import { editEntryHref } from '../../../../shared/kinds';

/** "Growth from Sam Reyes", "Knowledge for Lee Marlow": what passed, and between whom. */
export const exchangeTitle = (exchange: Pick<Exchange, 'benefit' | 'direction' | 'collaboratorName'>) =>
  `${BENEFIT_LABELS[exchange.benefit]} ${exchange.direction === 'received' ? 'from' : 'for'} ${exchange.collaboratorName}`;

/** Where a derived row's entry lives, for "Edit the …" links. */
export const sourceEditHref = (exchange: Pick<Exchange, 'source' | 'sourceId'>) => editEntryHref(exchange.source, exchange.sourceId);
