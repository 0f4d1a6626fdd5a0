import { describe, expect, test } from 'vitest';
import { PatternReport } from '../../shared/entities/patterns';
import { analyze, collaborator, entries, exchange, lessons, needs } from './fixtures';

describe('analyzePatterns', () => {
  const report = analyze([
    collaborator({ name: 'Even', entries: exchange(6, 6) }),
    collaborator({ name: 'Lean', entries: exchange(14, 3) }),
    collaborator({ name: 'Quiet', roles: ['peer'], activeSharedProjectIds: ['project-a'] }),
    collaborator({ name: 'Taker', entries: exchange(20, 1) }),
    collaborator({ name: 'Giver', entries: exchange(0, 12) }),
    collaborator({ name: 'Needs', entries: exchange(5, 5), needs: needs({ ignored: 3 }, { met: 3 }) }),
    collaborator({ name: 'Sparse', entries: exchange(1, 1) }),
    collaborator({ name: 'Giver too', entries: exchange(15, 0) }),
    collaborator({
      name: 'Teacher',
      roles: ['mentor'],
      learnerLessons: lessons([3, 3, 3, 2], [
        { done: 0, total: 2 },
        { done: 1, total: 2 },
        { done: 0, total: 2 },
        { done: 0, total: 2 },
      ]),
      entries: entries('received', 4, { benefit: 'knowledge', type: 'lesson' }),
    }),
  ]);

  test('groups by stance in the product order, most certain first within a group', () => {
    expect(report.relationships.map((finding) => [finding.stance, finding.collaborator.name])).toEqual([
      ['one-sided-giving', 'Taker'],
      ['one-sided-giving', 'Giver too'],
      ['one-sided-giving', 'Needs'],
      ['one-sided-taking', 'Giver'],
      ['dependent', 'Teacher'],
      ['going-it-alone', 'Quiet'],
      ['interdependent', 'Even'],
      ['not-enough-data', 'Lean'],
      ['not-enough-data', 'Sparse'],
    ]);
    for (let index = 1; index < report.relationships.length; index++) {
      const previous = report.relationships[index - 1];
      const current = report.relationships[index];
      if (previous?.stance === current?.stance) {
        expect(previous?.confidence ?? 0).toBeGreaterThanOrEqual(current?.confidence ?? 0);
      }
    }
  });

  test('the report matches the shared schema the renderer parses', () => {
    expect(PatternReport.safeParse(report).success).toBe(true);
  });

  test('no sentence labels a person', () => {
    const sentences = [
      ...report.relationships.flatMap((finding) => [
        finding.sentence,
        finding.trend?.sentence ?? '',
        finding.needsGap?.sentence ?? '',
        finding.learnerPath?.sentence ?? '',
      ]),
      ...report.portfolio.map((finding) => finding.sentence),
    ];
    for (const sentence of sentences) expect(sentence).not.toMatch(/codependent|dependent person|needy|selfish|is (a )?(taker|giver)/i);
  });
});
