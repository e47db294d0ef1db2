import type { SaveState } from '../entries/draft-saver';

const TEXT: Record<SaveState, string> = {
  saved: 'Saved',
  unsaved: 'Editing',
  saving: 'Saving…',
  error: 'Not saved yet, retrying',
  failed: 'Not saved',
};

/** The quiet promise that what you typed is safe: "Saved", or honestly why not. */
export function SaveStatus({ state, isNew }: { state: SaveState; isNew: boolean }) {
  const text = isNew && state === 'saved' ? 'Not started' : TEXT[state];
  return (
    <span className="save-status" data-state={state} role="status" aria-live="polite">
      <span className="save-status__dot" aria-hidden="true" />
      {text}
    </span>
  );
}
