import { format, parseISO } from 'date-fns';
import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useRef } from 'react';
import { type EntryInput, type EntrySummary, LIMITS } from '../../../../main/contract';
import { messageOf } from '../../app/client';
import { SaveStatus } from '../../components/SaveStatus';
import { EntryEditor } from '../../editor/EntryEditor';
import { INSERT_PROMPT_COMMAND } from '../../editor/plugins/InsertPromptPlugin';
import { useOpenEntry } from '../../entries/useOpenEntry';
import { countWords } from '../../entries/words';
import { EntrySidePanel } from './panel/EntrySidePanel';

type Props = Readonly<{
  initial: EntryInput;
  isNew: boolean;
  focusMode: boolean;
  onFocusMode(on: boolean): void;
  onSaved(summary: EntrySummary): void;
  /** Lets the screen flush this entry before switching away. */
  onReady(flush: () => Promise<void>): void;
  onDelete(id: string): void;
}>;

/** One entry, open for writing. Mounted with the entry's id as key: a new entry, a new pane. */
export function EntryPane({
  initial,
  isNew,
  focusMode,
  onFocusMode,
  onSaved,
  onReady,
  onDelete,
}: Props) {
  const entry = useOpenEntry(initial, isNew, onSaved);
  const editorRef = useRef<LexicalEditor | null>(null);
  useEffect(() => onReady(entry.flush), [entry.flush, onReady]);
  const onEditor = useCallback((editor: LexicalEditor | null) => {
    editorRef.current = editor;
  }, []);
  // Entering or leaving focus mode (by the button or a shortcut) leaves the caret in the page.
  const focusModeAtMount = useRef(focusMode);
  useEffect(() => {
    if (focusModeAtMount.current === focusMode) return;
    focusModeAtMount.current = focusMode;
    editorRef.current?.focus();
  }, [focusMode]);
  const day = parseISO(entry.input.date);
  const words = countWords(entry.input.text);
  return (
    <div className="page">
      <header className="page__bar">
        <p className="page__date">
          <time dateTime={entry.input.date}>{format(day, 'EEEE, d MMMM yyyy')}</time>
        </p>
        <div className="page__actions">
          <span className="word-count">
            {words} {words === 1 ? 'word' : 'words'}
          </span>
          <SaveStatus state={entry.saveState} isNew={entry.isNew} />
          <button
            type="button"
            className="button button--small button--quiet"
            aria-pressed={focusMode}
            onClick={() => onFocusMode(!focusMode)}
            title="Focus mode: only the page (Esc to leave)"
          >
            Focus
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => onDelete(entry.input.id)}
          >
            Delete
          </button>
        </div>
      </header>
      {entry.saveError ? (
        <div className="message message--error save-problem" role="alert">
          <p>
            {messageOf(entry.saveError)}
            {entry.saveState === 'failed' ? '' : ' Twofold will keep trying.'}
          </p>
          <button
            type="button"
            className="button button--small"
            onClick={() => void entry.flush().catch(() => undefined)}
          >
            Try again now
          </button>
        </div>
      ) : null}
      <div className="page__body">
        <article className="sheet" data-entry={entry.input.id}>
          <label className="visually-hidden" htmlFor="entry-title">
            Title
          </label>
          <input
            id="entry-title"
            className="sheet__title"
            placeholder="Title (optional)"
            value={entry.input.title ?? ''}
            maxLength={LIMITS.title}
            onChange={(e) => entry.change({ title: e.target.value === '' ? null : e.target.value })}
            onKeyDown={(e) => {
              // A title is one line: Enter goes on to the page, as in any notes app.
              if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
              e.preventDefault();
              editorRef.current?.focus(undefined, { defaultSelection: 'rootStart' });
            }}
            // A new entry starts in its title, however it was started (button, shortcut, welcome).
            autoFocus={isNew}
            autoComplete="off"
            spellCheck={false}
          />
          <EntryEditor
            initialDoc={initial.doc}
            onChange={({ doc, text }) => entry.change({ doc, text })}
            onEditor={onEditor}
          />
        </article>
        {focusMode ? null : (
          <EntrySidePanel
            input={entry.input}
            change={entry.change}
            onInsertPrompt={(prompt) =>
              editorRef.current?.dispatchCommand(INSERT_PROMPT_COMMAND, prompt)
            }
          />
        )}
      </div>
    </div>
  );
}
