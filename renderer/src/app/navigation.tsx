import { type ReactNode, createContext, useContext } from 'react';

export type View = 'journal' | 'trends' | 'summary' | 'settings';

export type Navigation = Readonly<{
  view: View;
  show(view: View): void;
  /** Switches to the journal with this entry open (from search, trends, the summary wizard…). */
  openEntry(id: string): void;
  /** The entry another view asked the journal to open, until the journal has opened it. */
  pendingEntryId: string | null;
  /** A new entry asked for while another view showed (Ctrl+N, the menu), until it is started. */
  pendingNewEntry: boolean;
  entryOpened(): void;
}>;

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({
  value,
  children,
}: {
  value: Navigation;
  children: ReactNode;
}) {
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation needs a NavigationProvider above it.');
  return navigation;
}
