import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../../../main/contract';
import { SecuritySection, autoLockLabel } from './SecuritySection';

let stored: Settings;
const saveSettings = vi.fn(async (patch: Partial<Settings>) => {
  stored = { ...stored, ...patch };
  return { ok: true as const, value: stored };
});
const changePassphrase = vi.fn(async ({ current }: { current: string; next: string }) =>
  current === 'the old one, long enough'
    ? { ok: true as const, value: null }
    : {
        ok: false as const,
        error: {
          code: 'WRONG_PASSPHRASE' as const,
          message: 'That passphrase does not open this journal.',
        },
      },
);

beforeEach(() => {
  stored = { ...DEFAULT_SETTINGS };
  saveSettings.mockClear();
  changePassphrase.mockClear();
  Object.defineProperty(window, 'journal', {
    configurable: true,
    value: {
      getSettings: async () => ({ ok: true, value: stored }),
      saveSettings,
      changePassphrase,
    },
  });
});
afterEach(cleanup);

async function renderSection() {
  render(<SecuritySection />);
  await act(async () => undefined);
}

const STRONG = 'copper kettle whistles at dawn';

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label, { exact: true }), { target: { value } });
}

describe('the security settings', () => {
  it('show the auto-lock time and save a new one at once', async () => {
    await renderSection();
    const select = screen.getByLabelText('Lock automatically') as HTMLSelectElement;
    expect(select.value).toBe('5');
    expect(select.selectedOptions[0]?.textContent).toBe('After 5 minutes');
    await act(async () => {
      fireEvent.change(select, { target: { value: '15' } });
    });
    expect(saveSettings).toHaveBeenCalledWith({ autoLockMinutes: 15 });
    expect(select.value).toBe('15');
    expect(screen.getByRole('status').textContent).toBe('Saved');
    await act(async () => {
      fireEvent.change(select, { target: { value: '0' } });
    });
    expect(saveSettings).toHaveBeenLastCalledWith({ autoLockMinutes: 0 });
    expect(autoLockLabel(0)).toMatch(/^Never/);
  });

  it('keep an unusual time set elsewhere visible', async () => {
    stored = { ...stored, autoLockMinutes: 7 };
    await renderSection();
    const select = screen.getByLabelText('Lock automatically') as HTMLSelectElement;
    expect(select.value).toBe('7');
  });

  it('will not change the passphrase to a weak, mistyped or unchanged one', async () => {
    await renderSection();
    const button = screen.getByRole('button', { name: 'Change passphrase' });
    type('Current passphrase', 'the old one, long enough');
    type('New passphrase', 'short');
    type('Type the new one again', 'short');
    expect(button).toHaveProperty('disabled', true);
    expect(screen.getByText(/Use at least 10 characters/)).toBeTruthy();

    type('New passphrase', STRONG);
    type('Type the new one again', `${STRONG}!`);
    expect(screen.getByText('The two new passphrases are not the same yet.')).toBeTruthy();
    expect(button).toHaveProperty('disabled', true);

    type('New passphrase', 'the old one, long enough');
    type('Type the new one again', 'the old one, long enough');
    expect(screen.getByText('The new passphrase is the same as the current one.')).toBeTruthy();
    expect(button).toHaveProperty('disabled', true);
    expect(changePassphrase).not.toHaveBeenCalled();
  });

  it('says so when the current passphrase is wrong, and clears every field once changed', async () => {
    await renderSection();
    type('Current passphrase', 'not it at all, sorry');
    type('New passphrase', STRONG);
    type('Type the new one again', STRONG);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Change passphrase' }));
    });
    expect(screen.getByRole('alert').textContent).toBe(
      'That passphrase does not open this journal.',
    );

    type('Current passphrase', 'the old one, long enough');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Change passphrase' }));
    });
    expect(changePassphrase).toHaveBeenLastCalledWith({
      current: 'the old one, long enough',
      next: STRONG,
    });
    expect(screen.getByText(/Your passphrase is changed/)).toBeTruthy();
    for (const label of ['Current passphrase', 'New passphrase', 'Type the new one again']) {
      expect((screen.getByLabelText(label, { exact: true }) as HTMLInputElement).value).toBe('');
    }
  });
});
