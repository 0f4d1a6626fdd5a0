import { Badge } from '../components/Badge';
import { MetaLine } from '../components/entry/MetaLine';
import { emptyHelp, helpValuesOf } from '../components/log/helpForm';
import { DirectionMark } from '../components/log/LogPills';
import { formatDay } from '../format';
import { ExchangeList } from '../pages/exchanges/ExchangeList';
import { exchangeTitle, sourceEditHref } from '../pages/exchanges/exchangeWords';
import { HelpAbout, HelpNote } from '../pages/help/HelpDetail';
import { HelpForm } from '../pages/help/HelpForm';
import { entryForm, sentAsFields, type RendererKind } from './rendererKind';

/** Help's list is the whole ledger ("Give & take"); a row derived from feedback or a lesson is shown and edited through that entry. */
export const helpUi: RendererKind<'help'> = {
  icon: 'exchanges',
  navOrder: 40,
  List: ExchangeList,
  loading: 'Loading…',
  form: entryForm({ Form: HelpForm, empty: emptyHelp, valuesOf: helpValuesOf, ...sentAsFields }),
  newPage: {
    subtitle: 'Help that was not feedback or a lesson: an introduction, a hand with the hanging, a loan, a push.',
    submitLabel: 'Log help',
  },
  editPage: {
    subtitle: exchangeTitle,
    back: 'Back to the entry',
    elsewhere: (exchange) => (exchange.editable ? undefined : sourceEditHref(exchange)),
  },
  detail: {
    title: exchangeTitle,
    badge: () => <Badge>Help</Badge>,
    subtitle: (exchange) => (
      <MetaLine
        lead={<DirectionMark direction={exchange.direction} />}
        parts={[`${exchange.direction === 'received' ? 'Received' : 'Given'} ${formatDay(exchange.date)}`, exchange.projectTitle]}
      />
    ),
    Main: HelpNote,
    Side: HelpAbout,
    elsewhere: (exchange) => (exchange.source === 'help' ? undefined : exchange.sourceHref),
  },
};
