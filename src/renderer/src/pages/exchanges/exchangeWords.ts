import { BENEFIT_LABELS, type Direction, type Exchange, type ExchangeSource, type Initiator } from '../../../../shared/entities/exchange';
import { editEntryHref } from '../../../../shared/kinds';

/** "Growth from Sam Reyes", "Knowledge for Lee Marlow": what passed, and between whom. */
export const exchangeTitle = (exchange: Pick<Exchange, 'benefit' | 'direction' | 'collaboratorName'>) =>
  `${BENEFIT_LABELS[exchange.benefit]} ${exchange.direction === 'received' ? 'from' : 'for'} ${exchange.collaboratorName}`;

/** Where a derived row's entry lives, for "Edit the …" links. */
export const sourceEditHref = (exchange: Pick<Exchange, 'source' | 'sourceId'>) => editEntryHref(exchange.source, exchange.sourceId);

/** What each origin calls the thing that passed, in "you asked for …", "they offered …". */
const ORIGIN_NOUN: Record<ExchangeSource, string> = { help: 'help', lesson: 'the lesson', feedback: 'feedback' };

/**
 * Who started an exchange, in words that read true for every origin and direction: the giver
 * offered, the receiver asked. A lesson the user took (received, started by the user as the
 * learner) is "you asked for the lesson"; feedback they gave (given, by the user) "you offered feedback".
 */
export function initiativeWords({ source, direction, initiatedBy }: { source: ExchangeSource; direction: Direction; initiatedBy: Initiator }): string {
  const who = initiatedBy === 'me' ? 'you' : 'they';
  const giverStarted = (direction === 'given') === (initiatedBy === 'me');
  return `${who} ${giverStarted ? 'offered' : 'asked for'} ${ORIGIN_NOUN[source]}`;
}
