import { useCallback, useEffect, useState } from 'react';
import type { VaultStatus } from '../../../main/contract';
import { CreateScreen } from '../screens/CreateScreen';
import { RecoveryKeyScreen } from '../screens/RecoveryKeyScreen';
import { UnlockScreen } from '../screens/UnlockScreen';
import { call, messageOf, subscribe } from './client';
import { commandForKey, onCommand, runCommand } from './commands';
import { flushAll } from './flush';
import { UnlockedApp } from './UnlockedApp';

type Screen =
  | { name: 'loading' }
  | { name: 'unavailable'; message: string }
  | { name: 'create' }
  | { name: 'recovery-key'; recoveryKey: string }
  | { name: 'unlock'; retryAfterMs: number }
  | { name: 'journal' };

function screenFor(status: VaultStatus): Screen {
  switch (status.state) {
    case 'none':
      return { name: 'create' };
    case 'locked':
      return { name: 'unlock', retryAfterMs: status.retryAfterMs };
    case 'unlocked':
      return { name: 'journal' };
  }
}

/**
 * Which screen shows is decided by the vault's state and nothing else. Locking unmounts the
 * journal screen, and with it every entry, list, chart and undo history held in the page.
 */
export function App() {
  const [screen, setScreen] = useState<Screen>({ name: 'loading' });

  const refresh = useCallback(async () => {
    try {
      setScreen(screenFor(await call('getStatus')));
    } catch (e) {
      setScreen({ name: 'unavailable', message: messageOf(e) });
    }
  }, []);

  const lock = useCallback(
    async (force: boolean) => {
      try {
        await flushAll();
      } catch {
        if (!force) return;
      }
      try {
        await call('lock');
      } finally {
        await refresh();
      }
    },
    [refresh],
  );

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => {
    // Closing the window or the tab: every pending save starts now, not after the autosave
    // pause (the bridge sends them so that they outlive the page).
    const leave = () => void flushAll().catch(() => undefined);
    window.addEventListener('beforeunload', leave);
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('beforeunload', leave);
      window.removeEventListener('pagehide', leave);
    };
  }, []);

  useEffect(
    () =>
      subscribe((event) => {
        if (event.type === 'locked') void refresh();
        if (event.type === 'flush') void lock(true);
        if (event.type === 'command') runCommand(event.command);
      }),
    [refresh, lock],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = commandForKey(event);
      if (!command) return;
      event.preventDefault();
      runCommand(command);
    };
    window.addEventListener('keydown', onKey);
    const offCommand = onCommand((command) => {
      if (command === 'lock') void lock(false);
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      offCommand();
    };
  }, [lock]);

  switch (screen.name) {
    case 'loading':
      return <div className="splash" aria-busy="true" />;
    case 'unavailable':
      return (
        <main className="gate">
          <p className="message message--error" role="alert">
            {screen.message}
          </p>
        </main>
      );
    case 'create':
      return (
        <CreateScreen
          onCreated={(recoveryKey) =>
            recoveryKey
              ? setScreen({ name: 'recovery-key', recoveryKey })
              : setScreen({ name: 'journal' })
          }
        />
      );
    case 'recovery-key':
      return (
        <RecoveryKeyScreen
          recoveryKey={screen.recoveryKey}
          onDone={() => setScreen({ name: 'journal' })}
        />
      );
    case 'unlock':
      return (
        <UnlockScreen
          retryAfterMs={screen.retryAfterMs}
          onUnlocked={() => setScreen({ name: 'journal' })}
        />
      );
    case 'journal':
      return <UnlockedApp onLock={() => void lock(false)} />;
  }
}
