import { describe, expect, it } from 'vitest';
import { lastMedium } from './lastMedium';

describe('lastMedium', () => {
  it('is the medium of the project made last, whatever order the list is in', () => {
    const projects = [
      { medium: 'music', createdAt: '2026-03-01T10:00:00.000Z' },
      { medium: 'film', createdAt: '2026-05-02T09:00:00.000Z' },
      { medium: 'painting', createdAt: '2026-04-20T12:00:00.000Z' },
    ] as const;
    expect(lastMedium(projects)).toBe('film');
    expect(lastMedium([...projects].reverse())).toBe('film');
  });

  it('is "Other" before the first project', () => {
    expect(lastMedium([])).toBe('other');
  });
});
