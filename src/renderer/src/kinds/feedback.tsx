import { MetaLine } from '../components/entry/MetaLine';
import { emptyFeedback, feedbackValuesOf } from '../components/log/feedbackForm';
import { DirectionMark, FeedbackStatusPill } from '../components/log/LogPills';
import { formatDay } from '../format';
import { FeedbackAbout, FeedbackMain } from '../pages/feedback/FeedbackDetail';
import { FeedbackForm } from '../pages/feedback/FeedbackForm';
import { FeedbackList } from '../pages/feedback/FeedbackList';
import { FeedbackStatusControls } from '../pages/feedback/FeedbackStatusControls';
import { feedbackTitle } from '../pages/feedback/feedbackWords';
import { entryForm, sentAsFields, type RendererKind } from './rendererKind';

export const feedbackUi: RendererKind<'feedback'> = {
  icon: 'feedback',
  navOrder: 10,
  List: FeedbackList,
  loading: 'Loading feedback…',
  form: entryForm({ Form: FeedbackForm, empty: emptyFeedback, valuesOf: feedbackValuesOf, ...sentAsFields }),
  newPage: {
    subtitle: 'A critique, a technical note, encouragement or an idea — given or received.',
    submitLabel: 'Log feedback',
  },
  editPage: { subtitle: feedbackTitle, back: 'Back to the entry' },
  detail: {
    title: feedbackTitle,
    badge: (feedback) => <FeedbackStatusPill status={feedback.status} />,
    subtitle: (feedback) => (
      <MetaLine
        lead={<DirectionMark direction={feedback.direction} />}
        parts={[`${feedback.direction === 'received' ? 'Received' : 'Given'} ${formatDay(feedback.date)}`, feedback.projectTitle, feedback.piece]}
      />
    ),
    // The status changes in one step under the heading, as a request's outcome does.
    Controls: ({ entry }) => <FeedbackStatusControls feedback={entry} />,
    Main: FeedbackMain,
    Side: FeedbackAbout,
  },
};
