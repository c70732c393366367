import { describe, expect, it } from 'vitest';
import { toCallRow } from '../../src/mirror/call-view';
import { aCall, baseTime } from '../store/fixtures';

describe('a call row’s duration', () => {
  const noTags = new Map();

  it('is Aircall’s once the call has ended', () => {
    expect(toCallRow(aCall({ id: 1, duration: 70 }), noTags).duration).toBe(70);
  });

  it('is 0 while the call rings or goes on (Aircall sends none yet)', () => {
    const ringing = aCall({ id: 2, status: 'initial', answered_at: null, ended_at: null, duration: null });
    expect(toCallRow(ringing, noTags).duration).toBe(0);
  });

  it('is its length once hung up, before Aircall’s call.ended brings the duration', () => {
    const hungUp = aCall({ id: 3, status: 'done', ended_at: baseTime + 95, duration: null });
    expect(toCallRow(hungUp, noTags).duration).toBe(95);
  });
});
