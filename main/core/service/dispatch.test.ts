import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../contract';
import { JournalError } from '../errors';
import { MAX_REQUEST_BYTES, describeFailure, dispatch, measureRequest } from './dispatch';

const SECRET = 'correct horse battery staple 8841';

function spyHandlers(impl: (method: string, request: unknown) => unknown = () => null) {
  const calls: Array<[string, unknown]> = [];
  const handlers = new Proxy(
    {},
    {
      get: (_target, method: string) => async (request: unknown) => {
        calls.push([method, request]);
        return impl(method, request);
      },
    },
  ) as Handlers;
  return { handlers, calls };
}

describe('dispatch', () => {
  it('refuses names that are not methods of the contract, prototype names included', async () => {
    const { handlers, calls } = spyHandlers();
    for (const method of [
      'deleteEverything',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'twofold:unlock',
      '',
      42,
      null,
      { method: 'unlock' },
    ]) {
      expect(await dispatch(handlers, method, undefined), String(method)).toEqual({
        ok: false,
        error: { code: 'UNKNOWN_METHOD', message: 'Twofold does not know that request.' },
      });
    }
    expect(calls).toEqual([]);
  });

  it('refuses a request of the wrong shape with a sentence naming the field', async () => {
    const { handlers, calls } = spyHandlers();
    const result = await dispatch(handlers, 'getEntry', { id: 'not-a-uuid' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(!result.ok && result.error.message).toMatch(/^The request is not valid \(id\)/);
    expect(await dispatch(handlers, 'unlock', { passphrase: SECRET, extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST' },
    });
    expect(calls).toEqual([]);
  });

  it('refuses requests that are too large or too deep before parsing them', async () => {
    const { handlers, calls } = spyHandlers();
    const huge = { query: 'x'.repeat(MAX_REQUEST_BYTES + 1) };
    expect(await dispatch(handlers, 'search', huge)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST', message: 'The request is too large.' },
    });
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i += 1) deep = { a: deep };
    expect(await dispatch(handlers, 'search', deep)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST', message: 'The request is nested too deeply.' },
    });
    const cycle: Record<string, unknown> = { query: 'x' };
    cycle['self'] = cycle;
    expect(await dispatch(handlers, 'search', cycle)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST' },
    });
    expect(calls).toEqual([]);
  });

  it('refuses anything that is not plain data, whatever its size', async () => {
    const { handlers, calls } = spyHandlers();
    const swapped: Record<string, unknown> = { id: '0f54f120-d637-40e0-9146-c577c6a247b7' };
    Object.setPrototypeOf(swapped, new Uint8Array(3_000_000));
    for (const payload of [swapped, new Map([['id', 'x']]), new Uint8Array(8), new Date(0)]) {
      expect(await dispatch(handlers, 'getEntry', payload)).toEqual({
        ok: false,
        error: { code: 'INVALID_REQUEST', message: 'The request is not plain data.' },
      });
    }
    expect(calls).toEqual([]);
  });

  it('keeps its refusals short, however many unexpected fields came', async () => {
    const { handlers } = spyHandlers();
    const crowded = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, 1]));
    const result = await dispatch(handlers, 'getStatus', crowded);
    expect(!result.ok && result.error.message.length).toBeLessThan(300);
  });

  it('hands the handler the parsed request and wraps its answer', async () => {
    const { handlers, calls } = spyHandlers(() => ({ droppedIncompleteSave: false }));
    expect(await dispatch(handlers, 'unlock', { passphrase: SECRET })).toEqual({
      ok: true,
      value: { droppedIncompleteSave: false },
    });
    expect(calls).toEqual([['unlock', { passphrase: SECRET }]]);
  });

  it('passes the code, sentence and wait of a journal error, and nothing else', async () => {
    const { handlers } = spyHandlers(() => {
      throw new JournalError('RATE_LIMITED', 'Too many wrong attempts. Try again in 4 seconds.', {
        retryAfterMs: 4000,
        cause: new Error(SECRET),
      });
    });
    expect(await dispatch(handlers, 'unlock', { passphrase: SECRET })).toEqual({
      ok: false,
      error: {
        code: 'RATE_LIMITED',
        message: 'Too many wrong attempts. Try again in 4 seconds.',
        retryAfterMs: 4000,
      },
    });
  });

  it('never logs or returns what was in the request, even when a failure quotes it', async () => {
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    const { handlers } = spyHandlers((_method, request) => {
      throw new Error(`could not handle ${JSON.stringify(request)}`);
    });
    const results = [
      await dispatch(handlers, 'unlock', { passphrase: SECRET }, log),
      await dispatch(handlers, 'search', { query: SECRET }, log),
      await dispatch(handlers, 'changePassphrase', { current: SECRET, next: `${SECRET}!` }, log),
    ];
    for (const result of results) {
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'INTERNAL',
          message: 'Something went wrong inside Twofold. Nothing was changed.',
        },
      });
    }
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^twofold: unlock failed: Error\n\s+at /);
    for (const line of lines) {
      expect(line).not.toContain(SECRET);
      expect(line).not.toContain('could not handle');
    }
  });

  it('logs nothing for requests it refuses', async () => {
    const log = vi.fn();
    const { handlers } = spyHandlers();
    await dispatch(handlers, 'unlock', { passphrase: 42 }, log);
    await dispatch(handlers, 'nope', { passphrase: SECRET }, log);
    await dispatch(handlers, 'unlock', { passphrase: 'x'.repeat(MAX_REQUEST_BYTES) }, log);
    expect(log).not.toHaveBeenCalled();
  });
});

describe('describing a failure for the log', () => {
  it('keeps the kind of error and its stack, never its message', () => {
    const error = new SyntaxError(`Unexpected token in "${SECRET}"`);
    const text = describeFailure(error);
    expect(text.startsWith('SyntaxError')).toBe(true);
    expect(text).not.toContain(SECRET);
    expect(describeFailure(SECRET)).toBe('a thrown string');
  });
});

describe('measuring a request', () => {
  it('stops counting as soon as the limit is passed', () => {
    expect(measureRequest({ text: 'a'.repeat(100) }, 1000)).toBe('ok');
    expect(measureRequest({ text: 'a'.repeat(1000) }, 1000)).toBe('too-large');
    expect(measureRequest(new Array(10_000).fill('ab'), 1000)).toBe('too-large');
    expect(measureRequest(new Uint8Array(50_000_000), 1000)).toBe('not-plain');
    expect(measureRequest(new Array(1_000_000).fill(0), 1000)).toBe('too-large');
    expect(measureRequest([[[[['deep']]]]], 1000, 3)).toBe('too-deep');
  });
});
