import { describe, expect, it, vi } from 'vitest';
import { watchActivity } from './activity';

describe('activity reports', () => {
  it('go out on the first sign of the person, then at most once per interval', () => {
    const target = new EventTarget();
    let now = 0;
    const report = vi.fn();
    const stop = watchActivity(target, report, () => now, 10_000);

    target.dispatchEvent(new Event('keydown'));
    expect(report).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 50; i += 1) {
      now += 100;
      target.dispatchEvent(new Event(i % 2 ? 'pointermove' : 'keydown'));
    }
    expect(report).toHaveBeenCalledTimes(1);
    now = 10_000;
    target.dispatchEvent(new Event('wheel'));
    expect(report).toHaveBeenCalledTimes(2);

    stop();
    now = 60_000;
    target.dispatchEvent(new Event('pointerdown'));
    expect(report).toHaveBeenCalledTimes(2);
  });

  it('ignore things that are not the person (focus changes, timers, network)', () => {
    const target = new EventTarget();
    const report = vi.fn();
    watchActivity(target, report, () => 0);
    for (const type of ['focus', 'blur', 'visibilitychange', 'load', 'message']) {
      target.dispatchEvent(new Event(type));
    }
    expect(report).not.toHaveBeenCalled();
  });
});
