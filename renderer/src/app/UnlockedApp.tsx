import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { Logo } from '../components/Logo';
import { JournalIcon, LockIcon, SettingsIcon, SummaryIcon, TrendsIcon } from '../components/icons';
import { JournalView } from '../views/journal/JournalView';
import { SettingsView } from '../views/settings/SettingsView';
import { SummaryView } from '../views/summary/SummaryView';
import { TrendsView } from '../views/trends/TrendsView';
import { useActivityReports } from './activity';
import { useSavedAppearance } from './appearance';
import { HelpSheet } from './HelpSheet';
import { onCommand, shortcutLabel } from './commands';
import { type Navigation, NavigationProvider, type View } from './navigation';
import { ViewMemoryProvider } from './view-memory';

const NAV: ReadonlyArray<Readonly<{ view: View; label: string; icon: ReactNode; key?: string }>> = [
  { view: 'journal', label: 'Journal', icon: <JournalIcon />, key: '1' },
  { view: 'trends', label: 'Trends', icon: <TrendsIcon />, key: '2' },
  { view: 'summary', label: 'Summary', icon: <SummaryIcon /> },
];

/** The open journal: a rail of views on the left, the chosen view beside it. */
export function UnlockedApp({ onLock }: { onLock(): void }) {
  const [view, setView] = useState<View>('journal');
  const [pendingEntryId, setPendingEntryId] = useState<string | null>(null);
  const [pendingNewEntry, setPendingNewEntry] = useState(false);
  const viewRef = useRef(view);
  viewRef.current = view;
  useActivityReports();
  useSavedAppearance();
  const navigation = useMemo<Navigation>(
    () => ({
      view,
      show: setView,
      openEntry(id) {
        setPendingEntryId(id);
        setView('journal');
      },
      pendingEntryId,
      pendingNewEntry,
      entryOpened: () => {
        setPendingEntryId(null);
        setPendingNewEntry(false);
      },
    }),
    [view, pendingEntryId, pendingNewEntry],
  );

  useEffect(
    () =>
      onCommand((command) => {
        if (command === 'showJournal') setView('journal');
        if (command === 'showTrends') setView('trends');
        if (command === 'exportSummary') setView('summary');
        if (command === 'openSettings') setView('settings');
        // The journal handles these itself once it shows; a new entry must wait for it.
        if (command === 'newEntry' && viewRef.current !== 'journal') setPendingNewEntry(true);
        if (command === 'newEntry' || command === 'search') setView('journal');
      }),
    [],
  );

  return (
    <NavigationProvider value={navigation}>
      <ViewMemoryProvider>
        <div className="app">
          <nav className="rail" aria-label="Views">
            <div className="rail__logo" title="Twofold">
              <Logo size={28} />
            </div>
            {NAV.map((item) => (
              <button
                key={item.view}
                type="button"
                className="rail__item"
                aria-current={view === item.view ? 'page' : undefined}
                onClick={() => setView(item.view)}
                title={item.key ? `${item.label} (${shortcutLabel(item.key)})` : item.label}
              >
                {item.icon}
                <span className="rail__label">{item.label}</span>
              </button>
            ))}
            <div className="rail__spacer" />
            <button
              type="button"
              className="rail__item"
              aria-current={view === 'settings' ? 'page' : undefined}
              onClick={() => setView('settings')}
              title={`Settings (${shortcutLabel(',')})`}
            >
              <SettingsIcon />
              <span className="rail__label">Settings</span>
            </button>
            <button
              type="button"
              className="rail__item"
              onClick={onLock}
              title={`Lock (${shortcutLabel('l')})`}
            >
              <LockIcon />
              <span className="rail__label">Lock</span>
            </button>
          </nav>
          <div className="app__view">
            {view === 'journal' ? <JournalView /> : null}
            {view === 'trends' ? <TrendsView /> : null}
            {view === 'summary' ? <SummaryView /> : null}
            {view === 'settings' ? <SettingsView /> : null}
          </div>
          <HelpSheet />
        </div>
      </ViewMemoryProvider>
    </NavigationProvider>
  );
}
