import { Fragment } from 'react';
import type { ChartGeometry, SummaryDocument, SummarySection } from '../../../../main/contract';
import './summary-preview.css';

// The document main built, drawn as a sheet of paper: the same sections, numbers and chart
// geometry as the PDF and the Markdown, so what the person sees is what they save.

const num = (n: number | null) => (n === null ? '–' : n.toFixed(1));
/** A paragraph as the person typed it: its line breaks stay line breaks, as in the PDF. */
function Prose({ text }: Readonly<{ text: string }>) {
  return (
    <p className="doc__prose">
      {text.split('\n').map((line, i) => (
        <Fragment key={i}>
          {i > 0 ? <br /> : null}
          {line}
        </Fragment>
      ))}
    </p>
  );
}

const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n).toFixed(1)}`;

export function ChartSvg({
  chart,
  label,
  className,
}: Readonly<{ chart: ChartGeometry; label: string; className: string }>) {
  const ticks = chart.yTicks.length > 0;
  const pad = ticks ? { l: 14, r: 4, t: 4, b: 14 } : { l: 1, r: 1, t: 2, b: 2 };
  return (
    <svg
      className={className}
      viewBox={`${-pad.l} ${-pad.t} ${chart.width + pad.l + pad.r} ${chart.height + pad.t + pad.b}`}
      role="img"
      aria-label={label}
    >
      {chart.yTicks.map((t) => (
        <g key={t.label}>
          <line className="grid" x1={0} x2={chart.width} y1={t.at} y2={t.at} />
          <text x={-5} y={t.at + 2.5} textAnchor="end">
            {t.label}
          </text>
        </g>
      ))}
      {chart.xTicks.length > 0 ? (
        <line className="axis" x1={0} x2={chart.width} y1={chart.height} y2={chart.height} />
      ) : null}
      {chart.xTicks.map((t, i) => (
        <text
          key={`${t.label}-${i}`}
          x={t.at}
          y={chart.height + 11}
          textAnchor={i === 0 ? 'start' : i === chart.xTicks.length - 1 ? 'end' : 'middle'}
        >
          {t.label}
        </text>
      ))}
      {chart.line ? <path className="line" d={chart.line} /> : null}
      {chart.dots.map((d, i) => (
        <circle key={i} className="dot" cx={d.x} cy={d.y} r={1.6} />
      ))}
    </svg>
  );
}

function Section({ section }: Readonly<{ section: SummarySection }>) {
  switch (section.kind) {
    case 'overview': {
      const session = section.sessionLabel !== null;
      return (
        <section className="doc__overview">
          <h2>Overview</h2>
          {session ? <p className="doc__legend">{section.sessionLabel}.</p> : null}
          <table>
            <thead>
              <tr>
                <th>Dimension</th>
                <th className="num">
                  First third
                  <br />
                  <span className="doc__muted">{section.firstLabel}</span>
                </th>
                <th className="num">
                  Last third
                  <br />
                  <span className="doc__muted">{section.lastLabel}</span>
                </th>
                <th>Change</th>
                {session ? (
                  <th className="num">
                    Last session
                    <br />
                    <span className="doc__muted">before → since</span>
                  </th>
                ) : null}
                <th className="num">Rated</th>
                <th>Trend</th>
              </tr>
            </thead>
            <tbody>
              {section.rows.map((r) => (
                <tr key={r.name}>
                  <td>
                    <div className="doc__dim">{r.name}</div>
                    <div className="doc__poles">
                      1 {r.lowLabel} · 7 {r.highLabel}
                    </div>
                  </td>
                  <td className="num">{num(r.first)}</td>
                  <td className="num">{num(r.last)}</td>
                  <td className="doc__change">
                    {r.changeWords}
                    {r.change === null ? null : (
                      <span className="doc__muted"> ({signed(r.change)})</span>
                    )}
                  </td>
                  {session ? (
                    <td className="num">
                      {num(r.sinceSession.before)} → {num(r.sinceSession.after)}
                    </td>
                  ) : null}
                  <td className="num">{r.rated}</td>
                  <td>
                    <ChartSvg
                      chart={r.sparkline}
                      className="doc__spark"
                      label={`${r.name} trend`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      );
    }
    case 'charts':
      return (
        <section>
          <h2>Trends</h2>
          <p className="doc__legend">{section.bucketLabel}.</p>
          <div className="doc__charts">
            {section.charts.map((c) => (
              <div key={c.name} className="doc__chart">
                <div className="doc__chart-title">
                  <h3>{c.name}</h3>
                  <span className="doc__muted doc__small">{c.rated} rated</span>
                </div>
                {c.rated === 0 ? (
                  <p className="doc__empty doc__small">Not rated in this period.</p>
                ) : (
                  <ChartSvg chart={c.chart} className="doc__full" label={`${c.name} over time`} />
                )}
                <div className="doc__chart-poles">
                  <span>1 {c.lowLabel}</span>
                  <span>7 {c.highLabel}</span>
                </div>
              </div>
            ))}
          </div>
        </section>
      );
    case 'relationships':
      return (
        <section>
          <h2>Relationships</h2>
          {section.columns.length === 0 ? (
            <p className="doc__empty">No entry in this period is about a relationship.</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>Dimension</th>
                  {section.columns.map((c) => (
                    <th key={c.name} className="num">
                      {c.name}
                      <br />
                      <span className="doc__muted">{c.entries} entries</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {section.rows.map((r) => (
                  <tr key={r.name}>
                    <td>{r.name}</td>
                    {r.means.map((m, i) => (
                      <td key={i} className="num">
                        {num(m)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      );
    case 'signs':
      return (
        <section>
          <h2>Signs</h2>
          <p className="doc__legend">How many of the {section.entries} entries noted each sign.</p>
          <div className="doc__signs">
            {section.groups.map((g) => (
              <div key={g.title}>
                <h3>{g.title}</h3>
                <ul>
                  {g.signs.length === 0 ? <li className="doc__empty">None noted</li> : null}
                  {g.signs.map((s) => (
                    <li key={s.label}>
                      <span>{s.label}</span>
                      <span>{s.count}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </section>
      );
    case 'entries':
      return (
        <section>
          <h2>Entries</h2>
          {section.entries.length === 0 ? (
            <p className="doc__empty">No entries were chosen to share.</p>
          ) : null}
          {section.entries.map((e, i) => (
            <article key={`${e.date}-${i}`} className="doc__entry">
              <div className="doc__entry-date">{e.dateLabel}</div>
              {e.title ? <div className="doc__entry-title">{e.title}</div> : null}
              {e.relationships.length > 0 ? (
                <div className="doc__facts">About: {e.relationships.join(', ')}</div>
              ) : null}
              {e.scores.length > 0 ? (
                <div className="doc__facts">
                  {e.scores.map((s) => `${s.name} ${s.value}`).join(' · ')}
                </div>
              ) : null}
              {e.signs.length > 0 ? (
                <div className="doc__facts">Signs: {e.signs.join(', ')}</div>
              ) : null}
              {e.paragraphs.map((p, j) => (
                <Prose key={j} text={p} />
              ))}
              {e.excerpt ? <p className="doc__excerpt">Excerpt</p> : null}
            </article>
          ))}
        </section>
      );
    case 'notes':
      return (
        <section>
          <h2>What I’d like to talk about</h2>
          {section.paragraphs.map((p, i) => (
            <Prose key={i} text={p} />
          ))}
        </section>
      );
    default: {
      const unreachable: never = section;
      return unreachable;
    }
  }
}

export function SummaryPreview({ doc }: Readonly<{ doc: SummaryDocument }>) {
  return (
    <div className="doc" aria-label="Preview of the summary">
      {doc.showCover ? (
        <header className="doc__cover">
          <h1>{doc.title}</h1>
          {doc.name ? <p className="doc__muted">Prepared by {doc.name}</p> : null}
          <div className="doc__meta">
            <span>
              Period: <b>{doc.rangeLabel}</b>
            </span>
            <span>
              Relationships: <b>{doc.relationshipsLabel}</b>
            </span>
            <span>
              Entries written: <b>{doc.entryCount}</b>
            </span>
            <span>
              Entries shared: <b>{doc.includedCount}</b>
            </span>
            <span>
              Prepared: <b>{doc.generatedLabel}</b>
            </span>
          </div>
        </header>
      ) : (
        <p className="doc__heading-line">
          {doc.title} · {doc.rangeLabel}
        </p>
      )}
      {doc.sections.map((s) => (
        <Section key={s.kind} section={s} />
      ))}
    </div>
  );
}
