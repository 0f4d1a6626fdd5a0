import { BENEFIT_LABELS, type Exchange } from '../../../../shared/entities/exchange';

/** "Growth from Sam Reyes", "Knowledge for Lee Marlow": what passed, and between whom. */
export const exchangeTitle = (exchange: Pick<Exchange, 'benefit' | 'direction' | 'collaboratorName'>) =>
  `${BENEFIT_LABELS[exchange.benefit]} ${exchange.direction === 'received' ? 'from' : 'for'} ${exchange.collaboratorName}`;

/** Where a derived row's entry lives, for "Edit the …" links. */
export const sourceEditHref = (exchange: Pick<Exchange, 'source' | 'sourceId'>) =>
  exchange.source === 'feedback'
    ? `/feedback/${exchange.sourceId}/edit`
    : exchange.source === 'lesson'
      ? `/lessons/${exchange.sourceId}/edit`
      : `/help/${exchange.sourceId}/edit`;
