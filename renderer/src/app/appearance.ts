import { useEffect } from 'react';
import type { Settings } from '../../../main/contract';
import { call } from './client';

export type Appearance = Pick<Settings, 'theme' | 'textSize'>;

/** Light or dark follows the system unless the person chose one; the text size scales the page. */
export function applyAppearance({ theme, textSize }: Appearance): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = theme;
  root.dataset['textSize'] = textSize;
}

/** Applies the saved appearance once the journal is open. */
export function useSavedAppearance(): void {
  useEffect(() => {
    call('getSettings')
      .then(applyAppearance)
      .catch(() => undefined);
  }, []);
}
