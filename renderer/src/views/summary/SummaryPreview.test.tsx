import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SummaryDocument } from '../../../../main/contract';
import { SummaryPreview } from './SummaryPreview';

afterEach(cleanup);

const doc: SummaryDocument = {
  title: 'Journal summary',
  name: '',
  rangeLabel: '1 Nov – 20 Nov 2026',
  generatedLabel: '20 November 2026',
  relationshipsLabel: 'All relationships',
  entryCount: 1,
  includedCount: 0,
  showCover: false,
  sections: [
    { kind: 'notes', paragraphs: ['Three things:\nsaying no\nthe holidays', 'And more.'] },
  ],
};

describe('the summary preview', () => {
  it('keeps each line of a note on its own line', () => {
    render(<SummaryPreview doc={doc} />);
    const first = screen.getByText(/Three things:/);
    expect(first.querySelectorAll('br')).toHaveLength(2);
    expect(screen.getByText('And more.')).toBeTruthy();
  });
});
