import { describe, expect, it } from 'vitest';
import { ExchangeSource, type Direction, type Initiator } from '../../../../shared/entities/exchange';
import { initiativeWords } from './exchangeWords';

/** Every origin × direction × initiator, written out by hand: the giver offered, the receiver asked. */
const EXPECTED: Record<ExchangeSource, Record<Direction, Record<Initiator, string>>> = {
  help: {
    given: { me: 'you offered help', them: 'they asked for help' },
    received: { me: 'you asked for help', them: 'they offered help' },
  },
  lesson: {
    given: { me: 'you offered the lesson', them: 'they asked for the lesson' },
    received: { me: 'you asked for the lesson', them: 'they offered the lesson' },
  },
  feedback: {
    given: { me: 'you offered feedback', them: 'they asked for feedback' },
    received: { me: 'you asked for feedback', them: 'they offered feedback' },
  },
};

describe('initiativeWords', () => {
  for (const source of ExchangeSource.options) {
    for (const direction of ['given', 'received'] as const) {
      for (const initiatedBy of ['me', 'them'] as const) {
        it(`${source}, ${direction}, started by ${initiatedBy}: “${EXPECTED[source][direction][initiatedBy]}”`, () => {
          expect(initiativeWords({ source, direction, initiatedBy })).toBe(EXPECTED[source][direction][initiatedBy]);
        });
      }
    }
  }

  it('says a lesson the user took as the learner was theirs to ask for, never "your idea"', () => {
    // The ledger derives a learner's lesson as received, started by the learner (docs/LEDGER.md).
    expect(initiativeWords({ source: 'lesson', direction: 'received', initiatedBy: 'me' })).toBe('you asked for the lesson');
  });
});
