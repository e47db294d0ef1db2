import { useEffect, useRef } from 'react';
import { SHORTCUTS, onCommand, shortcutLabel } from './commands';
import './help-sheet.css';

const EDITOR_KEYS: ReadonlyArray<readonly [string, string]> = [
  [
    'Bold, italic, underline',
    `${shortcutLabel('b')} · ${shortcutLabel('i')} · ${shortcutLabel('u')}`,
  ],
  ['Undo, redo', `${shortcutLabel('z')} · ${shortcutLabel('z', true)}`],
  ['Heading', '# then space'],
  ['Bulleted / numbered list', '- or 1. then space'],
  ['Checklist', '[ ] then space'],
  ['Quote', '> then space'],
  ['Divider', '--- on its own line'],
  ['From the title to the page', 'Enter or Tab'],
  ['Formatting toolbar', 'Tab from the page, then ← →'],
  ['Leave focus mode', 'Esc'],
];

/** Every keyboard shortcut on one sheet, opened with the help shortcut or the menu. */
export function HelpSheet() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(
    () =>
      onCommand((command) => {
        if (command === 'showHelp' && !dialog.current?.open) dialog.current?.showModal();
      }),
    [],
  );
  return (
    <dialog ref={dialog} className="sheet-dialog" aria-labelledby="help-title">
      <h2 id="help-title" className="sheet-dialog__title">
        Keyboard shortcuts
      </h2>
      <div className="sheet-dialog__columns">
        <dl className="keys">
          {SHORTCUTS.map((s) => (
            <div key={s.command} className="keys__row">
              <dt>{s.label}</dt>
              <dd>
                <kbd>{shortcutLabel(s.key, s.shift)}</kbd>
              </dd>
            </div>
          ))}
        </dl>
        <dl className="keys">
          {EDITOR_KEYS.map(([label, keys]) => (
            <div key={label} className="keys__row">
              <dt>{label}</dt>
              <dd>
                <kbd>{keys}</kbd>
              </dd>
            </div>
          ))}
        </dl>
      </div>
      <form method="dialog">
        <button type="submit" className="button button--primary">
          Close
        </button>
      </form>
    </dialog>
  );
}
