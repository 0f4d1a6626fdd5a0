import { Badge } from '../components/Badge';
import { ButtonLink } from '../components/Button';
import { EmptyState } from '../components/EmptyState';
import type { IconName } from '../components/Icon';
import { PageHeader } from '../components/PageHeader';

/** The placeholder for an area whose issue has not landed yet: what it will do, in the product's own words. */
export type ComingArea = 'feedback' | 'lessons' | 'patterns' | 'assessment' | 'settings';

const AREAS: Record<ComingArea, { title: string; icon: IconName; lead: string; text: string }> = {
  feedback: {
    title: 'Feedback',
    icon: 'feedback',
    lead: 'Log the feedback you give and get.',
    text: 'On which project and version, anchored to a bar, a page or a moment in a track, and followed from open to applied, declined or discussed.',
  },
  lessons: {
    title: 'Lessons',
    icon: 'lessons',
    lead: 'Log lessons with a mentor, or the ones you teach.',
    text: 'Topics, takeaways, practice assignments, and how confident you feel to do it alone — over time, the path from leaning to standing on your own.',
  },
  patterns: {
    title: 'Patterns',
    icon: 'patterns',
    lead: 'See which relationships are mutual and which have become one-sided.',
    text: 'Every statement comes with its numbers and the entries behind it: give and take, whose needs get met, and which benefit — knowledge, perspective, growth — is missing.',
  },
  assessment: {
    title: 'Assessment',
    icon: 'assessment',
    lead: 'Reflect on how you work with others.',
    text: 'Answer a short reflective questionnaire from time to time, and see your answers beside what your log shows.',
  },
  settings: {
    title: 'Settings',
    icon: 'settings',
    lead: 'Tune how balance is judged.',
    text: 'The time window, the balanced band and every other threshold the patterns use, plus where your library is kept.',
  },
};

export function ComingPage({ area }: { area: ComingArea }) {
  const { title, icon, lead, text } = AREAS[area];
  return (
    <>
      <PageHeader title={title} adornment={<Badge>Coming</Badge>} />
      <EmptyState
        icon={icon}
        title={lead}
        action={
          <ButtonLink to="/people" variant="secondary">
            Meanwhile, add the people you work with
          </ButtonLink>
        }
      >
        <p>{text}</p>
        <p className="muted">This part of Counterpoint is being built. The people and projects you add now are what it will build on.</p>
      </EmptyState>
    </>
  );
}
