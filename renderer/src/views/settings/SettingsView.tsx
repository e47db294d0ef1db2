import { SecuritySection } from './sections/SecuritySection';
import { TherapySessionsSection } from './sections/TherapySessionsSection';

/** The Settings view (built out in its own issue). */
export function SettingsView() {
  return (
    <div className="page security-scroll">
      <div className="security-page">
        <h1 className="security-page__title">Settings</h1>
        <SecuritySection />
        <TherapySessionsSection />
      </div>
    </div>
  );
}
