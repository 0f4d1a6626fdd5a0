/** Loading and ErrorNotice: what a page shows while a query runs, and a failed call in plain words with "Try again". */
import { CallError } from '../api/client';
import { Button } from './Button';
import { Icon } from './Icon';
import './surfaces/notice.css';
import './StatusViews.css';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="loading__spinner" aria-hidden="true" />
      <span className="loading__label">{label}</span>
    </div>
  );
}

/** A readable sentence for any error: CallErrors already carry one; anything else gets a generic one. */
export function messageOf(error: unknown): string {
  if (error instanceof CallError) return error.message;
  return 'Something unexpected went wrong. Nothing was changed.';
}

export function ErrorNotice({ error, onRetry, title = 'This could not be loaded' }: { error: unknown; onRetry?: () => void; title?: string }) {
  return (
    <div className="notice notice--error" role="alert">
      <Icon name="alert" />
      <div className="notice__text">
        <strong>{title}</strong>
        <span>{messageOf(error)}</span>
      </div>
      {onRetry && (
        <Button size="sm" onClick={onRetry}>
          Try again
        </Button>
      )}
    </div>
  );
}
