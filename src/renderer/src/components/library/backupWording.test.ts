import { describe, expect, it } from 'vitest';
import { backupCounts, backupSize, backupWhen } from './backupWording';

describe('how a backup is described', () => {
  it('counts every kind by its registry name, singular and plural, leaving out what is empty', () => {
    expect(backupCounts({ feedback: 12, lesson: 1, help: 0, request: 2, people: 1, projects: 3 })).toBe(
      '12 feedback · 1 lesson · 2 requests · 1 person · 3 projects',
    );
    expect(backupCounts({ feedback: 0, lesson: 0, help: 0, request: 0, people: 0, projects: 0 })).toBe('An empty library');
    expect(backupCounts({})).toBe('Contents not recorded');
  });

  it('says today and yesterday in words, other days as dates, and lowercases them inside a sentence', () => {
    const now = new Date(2026, 11, 2, 15, 0);
    expect(backupWhen(new Date(2026, 11, 2, 9, 5).toISOString(), { now })).toMatch(/^Today at /);
    expect(backupWhen(new Date(2026, 11, 1, 23, 59).toISOString(), { now, inSentence: true })).toMatch(/^yesterday at /);
    expect(backupWhen(new Date(2026, 10, 20, 8, 0).toISOString(), { now })).toMatch(/2026 at /);
  });

  it('gives sizes in bytes, KB and MB', () => {
    expect(backupSize(512)).toBe('512 bytes');
    expect(backupSize(5734)).toBe('5.6 KB');
    expect(backupSize(41_049_910)).toBe('39 MB');
  });
});
