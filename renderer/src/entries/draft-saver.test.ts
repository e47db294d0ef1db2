import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EntryInput, EntrySummary } from '../../../main/contract';
import { DraftSaver, type SaveState } from './draft-saver';

const input = (text: string): EntryInput => ({
  id: '7d0b7a3e-4f4b-4e55-8a59-0d5f4f3b1a11',
  date: '2026-11-20',
  title: null,
  text,
  doc: '{}',
  scores: {},
  relationships: [],
  signs: [],
  tags: [],
  share: 'default',
});

const summaryOf = (i: EntryInput): EntrySummary => ({
  id: i.id,
  date: i.date,
  title: i.title,
  preview: i.text,
  relationships: [],
  scores: {},
  signs: [],
  share: 'default',
  wordCount: 1,
  updatedAt: '2026-11-20T10:00:00.000Z',
  deletedAt: null,
});

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once after typing pauses, with the newest text', async () => {
    const saved: string[] = [];
    const saver = new DraftSaver({
      save: async (i) => {
        saved.push(i.text);
        return summaryOf(i);
      },
      onState: () => undefined,
      onSaved: () => undefined,
      delayMs: 500,
    });
    saver.update(input('H'));
    saver.update(input('He'));
    saver.update(input('Hello'));
    await vi.advanceTimersByTimeAsync(499);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['Hello']);
  });

  it('flush saves what is pending at once and resolves only when it is saved', async () => {
    const states: SaveState[] = [];
    let release: () => void = () => undefined;
    const saver = new DraftSaver({
      save: (i) =>
        new Promise((resolve) => {
          release = () => resolve(summaryOf(i));
        }),
      onState: (s) => states.push(s),
      onSaved: () => undefined,
    });
    saver.update(input('mid-debounce words'));
    let done = false;
    const flushing = saver.flush().then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(false);
    release();
    await flushing;
    expect(done).toBe(true);
    expect(states.at(-1)).toBe('saved');
  });

  it('keeps typing that arrives while a save is in flight, and saves it next', async () => {
    const saved: string[] = [];
    const releases: Array<() => void> = [];
    const saver = new DraftSaver({
      save: (i) =>
        new Promise((resolve) => {
          releases.push(() => {
            saved.push(i.text);
            resolve(summaryOf(i));
          });
        }),
      onState: () => undefined,
      onSaved: () => undefined,
    });
    saver.update(input('first'));
    const flushing = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    saver.update(input('first and second'));
    releases[0]!();
    await vi.advanceTimersByTimeAsync(0);
    // The flush goes round again for what was typed while it waited.
    expect(releases).toHaveLength(2);
    releases[1]!();
    await flushing;
    expect(saved).toEqual(['first', 'first and second']);
    expect(saver.hasUnsavedChanges).toBe(false);
  });

  it('reports an error, keeps the text, and retries until it is saved', async () => {
    let fail = true;
    const saved: string[] = [];
    const states: SaveState[] = [];
    const saver = new DraftSaver({
      save: async (i) => {
        if (fail) throw new Error('disk full');
        saved.push(i.text);
        return summaryOf(i);
      },
      onState: (s) => states.push(s),
      onSaved: () => undefined,
      delayMs: 100,
      retryMs: 1000,
    });
    saver.update(input('precious words'));
    await vi.advanceTimersByTimeAsync(100);
    expect(states.at(-1)).toBe('error');
    await expect(saver.flush()).rejects.toThrow('disk full');
    expect(saver.hasUnsavedChanges).toBe(true);
    fail = false;
    await vi.advanceTimersByTimeAsync(4000);
    expect(saved).toEqual(['precious words']);
    expect(states.at(-1)).toBe('saved');
  });

  it('does not retry a version that was refused, and saves the next change', async () => {
    const attempts: string[] = [];
    const states: SaveState[] = [];
    const saver = new DraftSaver({
      save: async (i) => {
        attempts.push(i.text);
        if (i.text.includes('bad')) throw new Error('refused');
        return summaryOf(i);
      },
      onState: (s) => states.push(s),
      onSaved: () => undefined,
      canRetry: () => false,
      delayMs: 100,
      retryMs: 1000,
    });
    saver.update(input('a bad version'));
    await vi.advanceTimersByTimeAsync(100);
    expect(states.at(-1)).toBe('failed');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(attempts).toEqual(['a bad version']);
    // Still unsaved, so switching away or locking knows it.
    expect(saver.hasUnsavedChanges).toBe(true);
    saver.update(input('a good version'));
    await vi.advanceTimersByTimeAsync(100);
    expect(attempts).toEqual(['a bad version', 'a good version']);
    expect(states.at(-1)).toBe('saved');
  });
});
