import type { ComponentType } from 'react';
import type { EntryInput } from '../../../../../main/contract';
import { ShareFlagSection } from './ShareFlagSection';

/** What a section added to the bottom of the entry panel gets: the entry and a way to change it. */
export type EntryPanelExtraProps = Readonly<{
  input: EntryInput;
  change(patch: Partial<EntryInput>): void;
}>;

/**
 * The extension point at the bottom of the entry panel. Other features add their component here
 * (the therapist summary adds "bring to my next session / never share" for `input.share`);
 * each one is rendered in order, below the signs.
 */
export const ENTRY_PANEL_EXTRAS: ReadonlyArray<ComponentType<EntryPanelExtraProps>> = [
  ShareFlagSection,
];
