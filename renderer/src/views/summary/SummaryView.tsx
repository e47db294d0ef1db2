import { format, parseISO } from 'date-fns';
import type { ReactNode } from 'react';
import { SUMMARY_SECTIONS, type SummarySectionKind } from '../../../../main/contract';
import { EntryPicker } from './EntryPicker';
import { ExportHistory, sectionName } from './ExportHistory';
import { SummaryPreview } from './SummaryPreview';
import { type RangeMode, useSummaryWizard } from './useSummaryWizard';
import './summary.css';

function Step({ title, children }: Readonly<{ title: string; children: ReactNode }>) {
  return (
    <fieldset className="wizard__step">
      <legend className="wizard__legend">{title}</legend>
      {children}
    </fieldset>
  );
}

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
}

const longDay = (d: string) => format(parseISO(d), 'd MMMM');

/** The summary for a therapist: choose, preview, and save a file that is not encrypted. */
export function SummaryView() {
  const w = useSummaryWizard();
  if (w.error) {
    return (
      <div className="page">
        <p className="message message--error wizard__fatal" role="alert">
          {w.error}
        </p>
      </div>
    );
  }
  if (!w.setup) return <div className="page" aria-busy="true" />;
  const { setup } = w;
  const ranges: ReadonlyArray<[RangeMode, string]> = [
    [
      'session',
      setup.lastSession
        ? `Since my last session (${longDay(setup.lastSession)})`
        : 'Since my last session',
    ],
    ['month', 'The last 30 days'],
    ['custom', 'Choose dates'],
  ];
  const saveLabel = w.format === 'pdf' ? 'Save PDF…' : 'Save Markdown…';

  return (
    <div className="wizard">
      <form
        className="wizard__controls"
        onSubmit={(e) => e.preventDefault()}
        aria-label="Summary choices"
      >
        <header className="wizard__header">
          <h1 className="wizard__title">Summary for your therapist</h1>
          <p className="wizard__intro">
            Short and honest, with only what you choose. Numbers count every entry in the dates;
            words come only from the entries you tick.
          </p>
        </header>

        <Step title="Dates">
          <div className="wizard__options">
            {ranges.map(([mode, label]) => (
              <label key={mode} className="checkbox">
                <input
                  type="radio"
                  name="range"
                  checked={w.rangeMode === mode}
                  disabled={mode === 'session' && !setup.lastSession}
                  onChange={() => w.chooseRange(mode)}
                />
                <span>{label}</span>
              </label>
            ))}
          </div>
          {!setup.lastSession ? (
            <p className="wizard__hint">
              Record your session dates in Settings to start from your last one.
            </p>
          ) : null}
          <div className="wizard__dates">
            <label className="field">
              <span className="field__label">From</span>
              <input
                className="input"
                type="date"
                value={w.from}
                max={w.to}
                onChange={(e) => w.setFrom(e.target.value)}
              />
            </label>
            <label className="field">
              <span className="field__label">To</span>
              <input
                className="input"
                type="date"
                value={w.to}
                min={w.from}
                onChange={(e) => w.setTo(e.target.value)}
              />
            </label>
          </div>
          {!w.rangeValid ? (
            <p className="wizard__hint wizard__hint--error" role="alert">
              The start date must come before the end date.
            </p>
          ) : null}
          {setup.nextSession ? (
            <p className="wizard__hint">Your next session: {longDay(setup.nextSession)}.</p>
          ) : null}
        </Step>

        {w.relationships.length > 0 ? (
          <Step title="Relationships">
            <p className="wizard__hint">
              {w.relationshipIds.length === 0
                ? 'All relationships.'
                : 'Only entries about the ones ticked.'}
            </p>
            <div className="wizard__options wizard__options--wrap">
              {w.relationships.map((r) => (
                <label key={r.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={w.relationshipIds.includes(r.id)}
                    onChange={(e) =>
                      w.setRelationshipIds(toggle(w.relationshipIds, r.id, e.target.checked))
                    }
                  />
                  <span>{r.name}</span>
                </label>
              ))}
            </div>
          </Step>
        ) : null}

        <Step title="Sections">
          <div className="wizard__options wizard__options--wrap">
            {SUMMARY_SECTIONS.map((s: SummarySectionKind) => (
              <label key={s} className="checkbox">
                <input
                  type="checkbox"
                  checked={w.sections.includes(s)}
                  onChange={(e) => w.setSections(toggle(w.sections, s, e.target.checked))}
                />
                <span>{sectionName(s)}</span>
              </label>
            ))}
          </div>
        </Step>

        <Step title="Dimensions">
          <div className="wizard__options wizard__options--wrap">
            {w.dimensions.map((d) => (
              <label key={d.key} className="checkbox">
                <input
                  type="checkbox"
                  checked={w.dimensionKeys.includes(d.key)}
                  onChange={(e) =>
                    w.setDimensionKeys(toggle(w.dimensionKeys, d.key, e.target.checked))
                  }
                />
                <span>{d.name}</span>
              </label>
            ))}
          </div>
          {w.dimensionKeys.length === 0 ? (
            <p className="wizard__hint wizard__hint--error" role="alert">
              Choose at least one dimension.
            </p>
          ) : null}
        </Step>

        <Step title="Entries to quote">
          <EntryPicker
            entries={w.entries}
            loaded={w.entriesLoaded}
            picks={w.picks}
            onPick={w.pick}
          />
        </Step>

        <Step title="What I’d like to talk about">
          <textarea
            className="input wizard__notes"
            aria-label="What I’d like to talk about"
            value={w.notes}
            maxLength={20000}
            rows={4}
            onChange={(e) => w.setNotes(e.target.value)}
          />
        </Step>

        <Step title="On the cover">
          <label className="field">
            <span className="field__label">Your name (optional)</span>
            <input
              className="input"
              value={w.name}
              maxLength={80}
              onChange={(e) => w.setName(e.target.value)}
              autoComplete="off"
            />
          </label>
        </Step>

        <Step title="Save as">
          <div className="wizard__options">
            <label className="checkbox">
              <input
                type="radio"
                name="format"
                checked={w.format === 'pdf'}
                onChange={() => w.setFormat('pdf')}
              />
              <span>PDF, ready to print or send</span>
            </label>
            <label className="checkbox">
              <input
                type="radio"
                name="format"
                checked={w.format === 'md'}
                onChange={() => w.setFormat('md')}
              />
              <span>Markdown (plain text)</span>
            </label>
          </div>
          {w.format === 'pdf' ? (
            <label className="field wizard__paper">
              <span className="field__label">Paper</span>
              <select
                className="input"
                value={w.pageSize}
                onChange={(e) => w.setPageSize(e.target.value === 'letter' ? 'letter' : 'a4')}
              >
                <option value="a4">A4</option>
                <option value="letter">US Letter</option>
              </select>
            </label>
          ) : null}
          <p className="wizard__warning" role="note">
            The saved file is <strong>not encrypted</strong>. Anyone who can open it can read it.
            Keep it somewhere private and delete it when you no longer need it.
          </p>
          <div className="wizard__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={!w.canSave}
              onClick={() => void w.saveFile()}
            >
              {w.save.kind === 'saving' ? 'Saving…' : saveLabel}
            </button>
            {w.save.kind === 'saved' ? (
              <span className="wizard__status" role="status">
                Saved as {w.save.fileName}
              </span>
            ) : null}
            {w.save.kind === 'cancelled' ? (
              <span className="wizard__status" role="status">
                Not saved.
              </span>
            ) : null}
          </div>
          {w.save.kind === 'error' ? (
            <p className="message message--error" role="alert">
              {w.save.message}
            </p>
          ) : null}
        </Step>

        <ExportHistory exports={w.exports} />
      </form>

      <section className="wizard__preview" aria-label="Preview">
        {w.previewError ? (
          <p className="message message--error" role="alert">
            {w.previewError}
          </p>
        ) : null}
        {w.preview ? (
          <SummaryPreview doc={w.preview} />
        ) : (
          <p className="wizard__hint">Preparing the preview…</p>
        )}
      </section>
    </div>
  );
}
