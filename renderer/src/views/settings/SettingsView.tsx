/** The Settings view (built out in its own issue). */
export function SettingsView() {
  return (
    <div className="page">
      <section className="welcome">
        <h1 className="welcome__title">Settings</h1>
      </section>
    </div>
  );
}
