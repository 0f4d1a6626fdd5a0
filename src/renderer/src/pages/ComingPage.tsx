import { Badge } from '../components/Badge';
import { ButtonLink } from '../components/Button';
import { EmptyState } from '../components/EmptyState';
import type { IconName } from '../components/Icon';
import { PageHeader } from '../components/PageHeader';

/** The placeholder for an area whose issue has not landed yet: what it will do, in the product's own words. */
export type ComingArea = 'assessment';

const AREAS: Record<ComingArea, { title: string; icon: IconName; lead: string; text: string }> = {
  assessment: {
    title: 'Assessment',
    icon: 'assessment',
    lead: 'Reflect on how you work with others.',
    text: 'Answer a short reflective questionnaire from time to time, and see your answers beside what your log shows.',
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
