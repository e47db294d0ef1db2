import { format, parseISO } from 'date-fns';
import { useEffect } from 'react';
import type { EntryInput, EntrySummary } from '../../../../main/contract';
import { SaveStatus } from '../../components/SaveStatus';
import { ShareFlagControl } from '../../components/ShareFlagControl';
import { EntryEditor } from '../../editor/EntryEditor';
import { useOpenEntry } from '../../entries/useOpenEntry';

type Props = Readonly<{
  initial: EntryInput;
  isNew: boolean;
  onSaved(summary: EntrySummary): void;
  /** Lets the screen flush this entry before switching away. */
  onReady(flush: () => Promise<void>): void;
}>;

/** One entry, open for writing. Mounted with the entry's id as key: a new entry, a new pane. */
export function EntryPane({ initial, isNew, onSaved, onReady }: Props) {
  const entry = useOpenEntry(initial, isNew, onSaved);
  useEffect(() => onReady(entry.flush), [entry.flush, onReady]);
  const day = parseISO(entry.input.date);
  return (
    <div className="page">
      <header className="page__bar">
        <p className="page__date">
          <time dateTime={entry.input.date}>{format(day, 'EEEE, d MMMM yyyy')}</time>
        </p>
        <div className="page__actions">
          <SaveStatus state={entry.saveState} isNew={entry.isNew} />
        </div>
      </header>
      <article className="sheet">
        <label className="visually-hidden" htmlFor="entry-title">
          Title
        </label>
        <input
          id="entry-title"
          className="sheet__title"
          placeholder="Title (optional)"
          value={entry.input.title ?? ''}
          onChange={(e) => entry.change({ title: e.target.value === '' ? null : e.target.value })}
          autoComplete="off"
          spellCheck={false}
        />
        <EntryEditor
          initialDoc={initial.doc}
          onChange={({ doc, text }) => entry.change({ doc, text })}
        />
        <ShareFlagControl value={entry.input.share} onChange={(share) => entry.change({ share })} />
      </article>
    </div>
  );
}
