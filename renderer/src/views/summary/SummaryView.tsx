/** The Summary view (built out in its own issue). */
export function SummaryView() {
  return (
    <div className="page">
      <section className="welcome">
        <h1 className="welcome__title">Summary</h1>
      </section>
    </div>
  );
}
