import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dimension } from '../../../../../main/contract';
import { DimensionControl } from './DimensionControl';

const boundaries: Dimension = {
  key: 'boundaries',
  name: 'Boundaries',
  lowLabel: 'My limits slid',
  highLabel: 'I said what I need',
  hidden: false,
  builtin: true,
  prompts: ['Where did you give way when you meant to hold?'],
};

function Harness({ onInsert }: { onInsert(prompt: string): void }) {
  const [value, setValue] = useState<number | undefined>(undefined);
  return (
    <DimensionControl
      dimension={boundaries}
      value={value}
      onChange={setValue}
      onInsertPrompt={onInsert}
    />
  );
}

afterEach(cleanup);

describe('a dimension control', () => {
  it('starts not rated, with no point chosen and both pole labels readable', () => {
    render(<Harness onInsert={() => undefined} />);
    expect(screen.getByText('Not rated')).toBeTruthy();
    expect(screen.getAllByRole('radio').filter((r) => (r as HTMLInputElement).checked)).toEqual([]);
    expect(screen.getByText('My limits slid')).toBeTruthy();
    expect(screen.getByText('I said what I need')).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Boundaries: 1, My limits slid' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Boundaries: 7, I said what I need' })).toBeTruthy();
  });

  it('rates, and clears back to not rated (never to a number)', () => {
    render(<Harness onInsert={() => undefined} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Boundaries: 5' }));
    expect(screen.getByText('Rated 5 of 7')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear the Boundaries rating' }));
    expect(screen.getByText('Not rated')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Clear the Boundaries rating' })).toBeNull();
  });

  it('offers its prompts to insert into the entry', () => {
    const onInsert = vi.fn();
    render(<Harness onInsert={onInsert} />);
    const toggle = screen.getByRole('button', { name: 'Prompts for Boundaries' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    fireEvent.click(screen.getByRole('button', { name: /Where did you give way/ }));
    expect(onInsert).toHaveBeenCalledWith('Where did you give way when you meant to hold?');
  });
});
