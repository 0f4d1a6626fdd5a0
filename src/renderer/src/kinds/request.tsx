import { MetaLine } from '../components/entry/MetaLine';
import { RequestOutcomePill } from '../components/log/LogPills';
import { emptyRequest, requestValuesOf } from '../components/log/requestForm';
import { formatDay } from '../format';
import { RequestAbout, RequestNote } from '../pages/requests/RequestDetail';
import { RequestForm } from '../pages/requests/RequestForm';
import { RequestList } from '../pages/requests/RequestList';
import { OutcomeSwitch } from '../pages/requests/RequestOutcomeControls';
import { askedLine } from '../pages/requests/requestWords';
import { entryForm, sentAsFields, type RendererKind } from './rendererKind';

export const requestUi: RendererKind<'request'> = {
  icon: 'requests',
  navOrder: 30,
  List: RequestList,
  loading: 'Loading request…',
  form: entryForm({ Form: RequestForm, empty: emptyRequest, valuesOf: requestValuesOf, ...sentAsFields }),
  newPage: {
    subtitle: 'Something you asked of someone, or they asked of you — and how it turned out.',
    submitLabel: 'Log request',
  },
  editPage: { subtitle: askedLine, back: 'Back to the request' },
  detail: {
    title: (request) => request.what,
    badge: (request) => <RequestOutcomePill outcome={request.outcome} />,
    subtitle: (request) => <MetaLine parts={[askedLine(request), formatDay(request.dateAsked), request.projectTitle]} />,
    // The outcome changes in one step, right under the heading.
    Controls: ({ entry }) => <OutcomeSwitch request={entry} />,
    Main: RequestNote,
    Side: RequestAbout,
  },
};
