import { ButtonLink } from '../components/Button';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';

/** Any address the app does not know, and entities that are not (or no longer) in the library. */
export function NotFound({ what = 'This page', back = { to: '/', label: 'Go to the dashboard' } }: { what?: string; back?: { to: string; label: string } }) {
  return (
    <>
      <PageHeader title="Not found" />
      <EmptyState icon="alert" title={`${what} isn't here`} action={<ButtonLink to={back.to} variant="primary">{back.label}</ButtonLink>}>
        <p>It may have been moved, or the link is out of date. Archived items are still in your lists under “Show archived”.</p>
      </EmptyState>
    </>
  );
}
