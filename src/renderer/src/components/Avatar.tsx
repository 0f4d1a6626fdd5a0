/** Avatar: a person's or group's initials on a soft tint picked from their id, so the same person always looks the same. */
import type { CSSProperties } from 'react';
import type { CollaboratorKind } from '../../../shared/entities/collaborator';
import { initials } from '../format';
import './Avatar.css';

const HUES = [250, 200, 160, 28, 340, 290, 120, 10];

function hueOf(id: string): number {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return HUES[hash % HUES.length] ?? 250;
}

export function Avatar({ id, name, kind = 'person', size = 'md' }: { id: string; name: string; kind?: CollaboratorKind; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <span
      className={`avatar avatar--${size} avatar--${kind}`}
      style={{ '--avatar-hue': hueOf(id) } as CSSProperties}
      aria-hidden="true"
    >
      {initials(name)}
    </span>
  );
}
