import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { EntrySummary } from '../../../../main/contract';
import { EntryPicker } from './EntryPicker';

afterEach(cleanup);

const entry = (over: Partial<EntrySummary>): EntrySummary => ({
  id: crypto.randomUUID(),
  date: '2026-11-18',
  title: null,
  preview: '',
  relationships: [],
  scores: {},
  signs: [],
  share: 'default',
  wordCount: 0,
  updatedAt: '2026-11-18T10:00:00.000Z',
  deletedAt: null,
  ...over,
});

function show(entries: EntrySummary[]) {
  render(<EntryPicker entries={entries} loaded picks={{}} onPick={() => undefined} />);
  return screen.getByRole('list', { name: 'Entries to share' });
}

describe('the entries to quote', () => {
  it('shows the first words of an untitled entry, however its missing title was stored', () => {
    const list = show([
      entry({ title: null, preview: 'Walked by the river' }),
      entry({ title: '', preview: 'Called my sister back' }),
      entry({ title: '   ', preview: 'Said no to the late shift' }),
    ]);
    expect(list.textContent).toContain('Walked by the river');
    expect(list.textContent).toContain('Called my sister back');
    expect(list.textContent).toContain('Said no to the late shift');
    expect(list.textContent).not.toContain('Empty entry');
    expect(screen.getByRole('checkbox', { name: /Called my sister back/ })).toBeTruthy();
  });

  it('says "Empty entry" only for an entry with no title and no words', () => {
    const list = show([entry({ title: null, preview: '' }), entry({ title: 'Sunday' })]);
    expect(list.textContent).toContain('Empty entry');
    expect(list.textContent).toContain('Sunday');
  });
});
