/** Badge (a neutral or toned label) and StatusPill (a project's status as dot + word, so colour is never the only signal). */
import type { ReactNode } from 'react';
import type { ProjectStatus } from '../../../shared/entities/project';
import { STATUS_LABEL } from '../format';
import './Badge.css';

export type Tone = 'neutral' | 'blue' | 'green' | 'amber' | 'violet' | 'red';

export function Badge({ tone = 'neutral', children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}

export const STATUS_TONE: Record<ProjectStatus, Tone> = {
  idea: 'violet',
  active: 'green',
  paused: 'amber',
  finished: 'blue',
};

export function StatusDot({ status }: { status: ProjectStatus }) {
  return <span className={`status-dot status-dot--${STATUS_TONE[status]} status-dot--${status}`} aria-hidden="true" />;
}

export function StatusPill({ status }: { status: ProjectStatus }) {
  return (
    <span className={`badge badge--${STATUS_TONE[status]} status-pill`}>
      <StatusDot status={status} />
      {STATUS_LABEL[status]}
    </span>
  );
}
