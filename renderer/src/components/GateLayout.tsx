import type { ReactNode } from 'react';
import { Logo } from './Logo';

/** The calm frame around the screens before the journal is open. */
export function GateLayout({
  title,
  intro,
  children,
}: {
  title: string;
  intro: ReactNode;
  children: ReactNode;
}) {
  return (
    <main className="gate">
      <div className="gate__card">
        <div className="gate__brand">
          <Logo size={44} />
          <span className="gate__name">Twofold</span>
        </div>
        <h1 className="gate__title">{title}</h1>
        <div className="gate__intro">{intro}</div>
        {children}
      </div>
      <p className="gate__footnote">Private by design: your journal never leaves this computer.</p>
    </main>
  );
}
