import { describe, expect, it } from 'vitest';
import { TOO_LARGE_MESSAGE } from '../../../shared/apiBodyLimit';
import { answerOf } from './httpAnswer';

describe('answerOf', () => {
  it("keeps the server's own answer, success or error value", () => {
    expect(answerOf(200, { ok: true, value: 1 })).toEqual({ ok: true, value: 1 });
    const tooLarge = { ok: false, error: { code: 'VALIDATION', message: TOO_LARGE_MESSAGE } };
    expect(answerOf(413, tooLarge)).toEqual(tooLarge);
  });

  it('says a call was too large when a 413 comes without words', () => {
    expect(answerOf(413, null)).toEqual({ ok: false, error: { code: 'VALIDATION', message: TOO_LARGE_MESSAGE } });
  });

  it('names the status of any other answer it cannot read', () => {
    expect(answerOf(502, '<html>')).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('HTTP 502') } });
  });
});
