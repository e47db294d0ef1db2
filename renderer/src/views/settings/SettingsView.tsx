import { AppearanceSection } from './sections/AppearanceSection';
import { DimensionsSection } from './sections/DimensionsSection';
import { RelationshipsSection } from './sections/RelationshipsSection';
import { SecuritySection } from './sections/SecuritySection';
import { SignsSection } from './sections/SignsSection';
import { TrashSection } from './sections/TrashSection';
import './sections/settings-sections.css';
import { TherapySessionsSection } from './sections/TherapySessionsSection';

/** Settings: one scrolling page of sections, each saving as you change it. */
export function SettingsView() {
  return (
    <div className="page settings-scroll">
      <div className="settings-page">
        <h1 className="settings-page__title">Settings</h1>
        <AppearanceSection />
        <DimensionsSection />
        <RelationshipsSection />
        <SignsSection />
        <SecuritySection />
        <TrashSection />
        <TherapySessionsSection />
      </div>
    </div>
  );
}
