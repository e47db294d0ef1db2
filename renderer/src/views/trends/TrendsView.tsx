/** The Trends view (built out in its own issue). */
export function TrendsView() {
  return (
    <div className="page">
      <section className="welcome">
        <h1 className="welcome__title">Trends</h1>
      </section>
    </div>
  );
}
