import { describe, expect, it } from 'vitest';
import { JournalError } from '../errors';
import { AttemptLimiter } from './rate-limit';

function limiter() {
  let now = 1_000_000;
  const l = new AttemptLimiter(() => now);
  return {
    l,
    wait: (ms: number) => {
      now += ms;
    },
  };
}

function refusal(l: AttemptLimiter): JournalError | null {
  try {
    l.check();
    return null;
  } catch (error) {
    return error as JournalError;
  }
}

describe('the attempt limiter', () => {
  it('lets three mistakes pass without a wait (typos happen)', () => {
    const { l } = limiter();
    for (let i = 0; i < 3; i += 1) {
      expect(refusal(l)).toBeNull();
      l.failed();
    }
    expect(l.retryAfterMs()).toBe(0);
  });

  it('then doubles the wait after each wrong attempt, up to five minutes', () => {
    const { l, wait } = limiter();
    for (let i = 0; i < 3; i += 1) l.failed();
    const waits: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      l.failed();
      waits.push(l.retryAfterMs());
      wait(l.retryAfterMs());
    }
    expect(waits).toEqual([
      1000, 2000, 4000, 8000, 16_000, 32_000, 64_000, 128_000, 256_000, 300_000, 300_000, 300_000,
    ]);
  });

  it('refuses an attempt that comes too soon, with how long to wait and a clear sentence', () => {
    const { l, wait } = limiter();
    for (let i = 0; i < 5; i += 1) l.failed();
    const error = refusal(l);
    expect(error).toBeInstanceOf(JournalError);
    expect(error).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: 2000 });
    expect(error?.message).toBe('Too many wrong attempts. Try again in 2 seconds.');
    wait(1500);
    expect(refusal(l)).toMatchObject({ retryAfterMs: 500 });
    wait(500);
    expect(refusal(l)).toBeNull();
  });

  it('forgets everything after a success', () => {
    const { l } = limiter();
    for (let i = 0; i < 8; i += 1) l.failed();
    l.succeeded();
    expect(refusal(l)).toBeNull();
    for (let i = 0; i < 3; i += 1) l.failed();
    expect(l.retryAfterMs()).toBe(0);
  });
});
