import { useMemo, useState } from 'react';
import {
  type Dimension,
  MIN_TREND_POINTS,
  type TrendFilter,
  type TrendSeries,
} from '../../../../main/contract';
import { useNavigation } from '../../app/navigation';
import { useRemembered } from '../../app/view-memory';
import { BucketEntries } from './BucketEntries';
import { ChartLegend } from './ChartLegend';
import { chartRows, hasTrend, ratedBuckets } from './chart-data';
import { RelationshipComparison } from './RelationshipComparison';
import { BUCKET_LABELS, bucketLabel, presetRange, rangeLabel, sinceWording, today } from './range';
import { SignChart } from './SignChart';
import { SummaryCards } from './SummaryCards';
import { type Choice, TrendControls } from './TrendControls';
import { TrendChart } from './TrendChart';
import { WhenVisible } from './WhenVisible';
import { type Catalog, useBucketEntries, useCatalog, useTrendData } from './useTrends';
import './trends.css';

function filterOf(choice: Choice, visible: readonly Dimension[]): TrendFilter {
  const range = choice.preset === 'custom' ? choice.custom : presetRange(choice.preset, today());
  return {
    ...range,
    dimensions: visible.map((d) => d.key),
    ...(choice.relationshipId ? { relationshipIds: [choice.relationshipId] } : {}),
  };
}

const unit = (series: TrendSeries, n: number) =>
  `${n} ${BUCKET_LABELS[series.by].toLowerCase().replace(/s$/, n === 1 ? '' : 's')}`;

function TrendNote({ series, dimension }: { series: TrendSeries; dimension: string }) {
  const n = ratedBuckets(series, dimension);
  if (n >= MIN_TREND_POINTS) return null;
  return (
    <p className="trend-note">
      {n === 0 ? 'Not rated in this range. ' : `Rated on ${unit(series, n)} so far. `}A line needs
      ratings on at least {unit(series, MIN_TREND_POINTS)}.
    </p>
  );
}

/** Trends: how each dimension moves over the chosen range, and with whom. */
export function TrendsView() {
  const { catalog, error: catalogError } = useCatalog();
  if (catalogError) return <p className="main__error">{catalogError}</p>;
  if (!catalog) return <div className="trends" aria-busy="true" />;
  return <Trends catalog={catalog} />;
}

function Trends({ catalog }: { catalog: Catalog }) {
  const navigation = useNavigation();
  const visible = useMemo(() => catalog.dimensions.filter((d) => !d.hidden), [catalog]);
  // The range and filters stay as the person left them for the rest of the unlocked session.
  const [choice, setChoice] = useRemembered<Choice>('trends.choice', () => {
    const to = today();
    return {
      preset: '3m',
      custom: { from: presetRange('30d', to).from!, to },
      bucket: 'auto',
      relationshipId: '',
      layout: 'multiples',
    };
  });
  const [picked, setPicked] = useState<number | null>(null);
  const filter = useMemo(() => filterOf(choice, visible), [choice, visible]);
  const by = choice.bucket === 'auto' ? undefined : choice.bucket;
  const { data, loading, error } = useTrendData(filter, by);
  const series = data?.series ?? null;
  const pickedBucket = picked !== null ? (series?.buckets[picked] ?? null) : null;
  const bucketEntries = useBucketEntries(
    pickedBucket ? { from: pickedBucket.start, to: pickedBucket.end } : null,
    choice.relationshipId || null,
  );
  const colorOf = (key: string) =>
    Math.max(
      0,
      visible.findIndex((d) => d.key === key),
    );
  const rows = useMemo(() => (series ? chartRows(series, series.dimensions) : []), [series]);
  const shown = series ? visible.filter((d) => series.dimensions.includes(d.key)) : [];
  const ratedTotal = data
    ? data.comparison.changes.reduce((n, c) => Math.max(n, c.after.count), 0)
    : 0;
  const change = (next: Choice) => {
    setPicked(null);
    setChoice(next);
  };
  const allBuiltin = shown.every((d) => d.builtin);
  const countOf = (key: string, side: 'before' | 'after') =>
    data?.comparison.changes.find((c) => c.key === key)?.[side].count ?? 0;
  const charted = shown.filter((d) => countOf(d.key, 'after') > 0);
  const unrated = shown.filter((d) => countOf(d.key, 'after') === 0);
  const carded = shown.filter((d) => countOf(d.key, 'after') > 0 || countOf(d.key, 'before') > 0);

  return (
    <div className="trends" data-loading={loading || undefined}>
      <div className="trends__main">
        <header className="trends__header">
          <h1 className="trends__title">Trends</h1>
          {series ? (
            <p className="trends__range">
              {rangeLabel(series)} · {BUCKET_LABELS[series.by].toLowerCase()} ·{' '}
              {data!.comparison.after.entries === 1
                ? '1 entry'
                : `${data!.comparison.after.entries} entries`}
            </p>
          ) : null}
        </header>
        <TrendControls
          choice={choice}
          autoBucket={choice.bucket === 'auto' ? (series?.by ?? null) : null}
          relationships={catalog.relationships.filter((r) => !r.archived)}
          onChange={change}
        />
        {error ? <p className="message message--error">{error}</p> : null}
        {data && series ? (
          ratedTotal === 0 ? (
            <section className="trend-empty">
              <h2>Nothing rated in this range yet</h2>
              <p>
                When you rate an entry on a dimension, it shows up here. A trend line needs ratings
                on at least {MIN_TREND_POINTS} different days, weeks or months (whichever the chart
                is grouped by): fewer points say more about one day than about a pattern.
              </p>
            </section>
          ) : (
            <>
              <SummaryCards
                comparison={data.comparison}
                dimensions={carded}
                colorOf={colorOf}
                since={sinceWording(series)}
                comparable={choice.preset !== 'all'}
              />
              <section className="trend-section" aria-labelledby="trend-lines">
                <h2 id="trend-lines" className="trend-section__title">
                  Over time
                </h2>
                <p className="trend-section__hint">
                  The line is the rolling average of {series.window}{' '}
                  {BUCKET_LABELS[series.by].toLowerCase()}; faint dots are each {series.by}&rsquo;s
                  own average. Click a point to see its entries.
                </p>
                {choice.layout === 'multiples' ? (
                  <div className="trend-grid">
                    {charted.map((d) => (
                      <article key={d.key} className="trend-panel" aria-label={d.name}>
                        <h3 className="trend-panel__title">{d.name}</h3>
                        <WhenVisible height={210}>
                          <TrendChart
                            rows={rows}
                            series={[{ key: d.key, name: d.name, colorIndex: colorOf(d.key) }]}
                            by={series.by}
                            low={d.lowLabel}
                            high={d.highLabel}
                            height={210}
                            onPick={setPicked}
                            label={`${d.name} over time`}
                          />
                        </WhenVisible>
                        <TrendNote series={series} dimension={d.key} />
                      </article>
                    ))}
                  </div>
                ) : (
                  <article className="trend-panel trend-panel--wide" aria-label="All dimensions">
                    <TrendChart
                      rows={rows}
                      series={charted.map((d) => ({
                        key: d.key,
                        name: d.name,
                        colorIndex: colorOf(d.key),
                      }))}
                      by={series.by}
                      low={allBuiltin ? 'Codependent' : 'Low end'}
                      high={allBuiltin ? 'Interdependent' : 'High end'}
                      height={380}
                      onPick={setPicked}
                      label="All dimensions over time"
                    />
                    <ChartLegend
                      items={charted.map((d) => ({
                        key: d.key,
                        name: d.name,
                        colorIndex: colorOf(d.key),
                        short: !hasTrend(series, d.key),
                      }))}
                    />
                  </article>
                )}
                {unrated.length > 0 ? (
                  <p className="trend-note">
                    Not rated in this range: {unrated.map((d) => d.name).join(', ')}.
                  </p>
                ) : null}
              </section>
              <section className="trend-section" aria-labelledby="trend-signs">
                <h2 id="trend-signs" className="trend-section__title">
                  Signs
                </h2>
                <WhenVisible height={200}>
                  <SignChart series={series} signs={catalog.signs} by={series.by} />
                </WhenVisible>
              </section>
              <section className="trend-section" aria-labelledby="trend-relationships">
                <h2 id="trend-relationships" className="trend-section__title">
                  By relationship
                </h2>
                <RelationshipComparison
                  rows={data.byRelationship}
                  relationships={catalog.relationships}
                  dimensions={shown}
                />
              </section>
            </>
          )
        ) : null}
      </div>
      {pickedBucket && series ? (
        <BucketEntries
          title={bucketLabel(pickedBucket.start, series.by, true)}
          entries={bucketEntries.entries}
          error={bucketEntries.error}
          dimensions={shown}
          onOpen={(id) => navigation.openEntry(id)}
          onClose={() => setPicked(null)}
        />
      ) : null}
    </div>
  );
}
