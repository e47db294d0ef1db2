import type {
  ChartGeometry,
  PageSize,
  SummaryDocument,
  SummarySection,
} from '../../contract/summary';
import { fontFaces, needsLatinExt } from './fonts';
import { summaryStyle } from './style';

// The document as one self-contained HTML page (styles and fonts inline, no script, no links),
// for Chromium to print. Every piece of text is escaped; nothing is fetched.

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const e = escapeHtml;
/** A paragraph whose line breaks, as the person typed them, stay line breaks. */
const paragraph = (text: string) => `<p>${text.split('\n').map(e).join('<br>')}</p>`;
const num = (n: number | null) => (n === null ? '–' : n.toFixed(1));
const signed = (n: number | null) =>
  n === null ? '–' : `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n).toFixed(1)}`;

export function chartSvg(g: ChartGeometry, className: string, label: string): string {
  const pad = g.yTicks.length > 0 ? { l: 14, r: 4, t: 4, b: 14 } : { l: 1, r: 1, t: 2, b: 2 };
  const box = `${-pad.l} ${-pad.t} ${g.width + pad.l + pad.r} ${g.height + pad.t + pad.b}`;
  const parts: string[] = [];
  for (const t of g.yTicks) {
    parts.push(`<line class="grid" x1="0" x2="${g.width}" y1="${t.at}" y2="${t.at}"/>`);
    parts.push(`<text x="-5" y="${t.at + 2.5}" text-anchor="end">${e(t.label)}</text>`);
  }
  if (g.xTicks.length > 0) {
    parts.push(`<line class="axis" x1="0" x2="${g.width}" y1="${g.height}" y2="${g.height}"/>`);
  }
  g.xTicks.forEach((t, i) => {
    const anchor = i === 0 ? 'start' : i === g.xTicks.length - 1 ? 'end' : 'middle';
    parts.push(
      `<text x="${t.at}" y="${g.height + 11}" text-anchor="${anchor}">${e(t.label)}</text>`,
    );
  });
  if (g.line) parts.push(`<path class="line" d="${g.line}"/>`);
  for (const d of g.dots) parts.push(`<circle class="dot" cx="${d.x}" cy="${d.y}" r="1.6"/>`);
  return `<svg class="${className}" viewBox="${box}" role="img" aria-label="${e(label)}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}

function cover(doc: SummaryDocument): string {
  if (!doc.showCover) {
    return `<p class="heading-line">${e(doc.title)} · ${e(doc.rangeLabel)}</p>`;
  }
  const facts = [
    ['Period', doc.rangeLabel],
    ['Relationships', doc.relationshipsLabel],
    ['Entries written', String(doc.entryCount)],
    ['Entries shared', String(doc.includedCount)],
    ['Prepared', doc.generatedLabel],
  ];
  return `<header class="cover">
<h1>${e(doc.title)}</h1>
${doc.name ? `<p class="muted">Prepared by ${e(doc.name)}</p>` : ''}
<div class="cover__meta">${facts.map(([k, v]) => `<span>${e(k!)}: <b>${e(v!)}</b></span>`).join('')}</div>
<p class="cover__note">Each dimension is rated from 1 (the codependent end) to 7 (the interdependent end). Averages count every rated entry in the period; only the entries listed under “Entries” are quoted.</p>
</header>`;
}

function section(s: SummarySection): string {
  switch (s.kind) {
    case 'overview': {
      const session = s.sessionLabel !== null;
      const head = `<tr><th>Dimension</th><th class="num">First third<br><span class="muted">${e(s.firstLabel)}</span></th><th class="num">Last third<br><span class="muted">${e(s.lastLabel)}</span></th><th>Change</th>${session ? '<th class="num">Last session<br><span class="muted">before → since</span></th>' : ''}<th class="num">Rated</th><th>Trend</th></tr>`;
      const rows = s.rows
        .map(
          (r) =>
            `<tr><td><div class="dim__name">${e(r.name)}</div><div class="dim__poles">1 ${e(r.lowLabel)} · 7 ${e(r.highLabel)}</div></td>` +
            `<td class="num">${num(r.first)}</td><td class="num">${num(r.last)}</td>` +
            `<td class="change">${e(r.changeWords)}${r.change === null ? '' : ` <span class="muted">(${signed(r.change)})</span>`}</td>` +
            (session
              ? `<td class="num">${num(r.sinceSession.before)} → ${num(r.sinceSession.after)}</td>`
              : '') +
            `<td class="num">${r.rated}</td><td>${chartSvg(r.sparkline, 'spark', `${r.name} over the period`)}</td></tr>`,
        )
        .join('');
      return `<section class="overview"><h2>Overview</h2>${session ? `<p class="legend">${e(s.sessionLabel!)}.</p>` : ''}<table><thead>${head}</thead><tbody>${rows}</tbody></table></section>`;
    }
    case 'charts':
      return `<section class="trends"><h2>Trends</h2><p class="legend">${e(s.bucketLabel)}.</p><div class="charts">${s.charts
        .map(
          (c) =>
            `<div class="chart"><div class="chart__title"><h3>${e(c.name)}</h3><span class="small muted">${c.rated} rated</span></div>` +
            (c.rated === 0
              ? '<p class="empty small">Not rated in this period.</p>'
              : chartSvg(c.chart, 'full', `${c.name}, ${s.bucketLabel}`)) +
            `<div class="chart__poles"><span>1 ${e(c.lowLabel)}</span><span>7 ${e(c.highLabel)}</span></div></div>`,
        )
        .join('')}</div></section>`;
    case 'relationships':
      if (s.columns.length === 0) {
        return '<section><h2>Relationships</h2><p class="empty">No entry in this period is about a relationship.</p></section>';
      }
      return `<section><h2>Relationships</h2><p class="legend">Average rating per dimension in the entries about each relationship.</p><table><thead><tr><th>Dimension</th>${s.columns
        .map(
          (c) =>
            `<th class="num">${e(c.name)}<br><span class="muted">${c.entries} entries</span></th>`,
        )
        .join('')}</tr></thead><tbody>${s.rows
        .map(
          (r) =>
            `<tr><td>${e(r.name)}</td>${r.means.map((m) => `<td class="num">${num(m)}</td>`).join('')}</tr>`,
        )
        .join('')}</tbody></table></section>`;
    case 'signs': {
      const any = s.groups.some((g) => g.signs.length > 0);
      return `<section><h2>Signs</h2>${
        any
          ? `<p class="legend">How many of the ${s.entries} entries noted each sign.</p><div class="signs">${s.groups
              .map(
                (g) =>
                  `<div><h3>${e(g.title)}</h3><ul>${
                    g.signs.length === 0
                      ? '<li class="empty">None noted</li>'
                      : g.signs
                          .map((x) => `<li><span>${e(x.label)}</span><span>${x.count}</span></li>`)
                          .join('')
                  }</ul></div>`,
              )
              .join('')}</div>`
          : '<p class="empty">No signs were noted in this period.</p>'
      }</section>`;
    }
    case 'entries':
      return `<section><h2>Entries</h2>${
        s.entries.length === 0
          ? '<p class="empty">No entries were chosen to share.</p>'
          : s.entries
              .map((x) => {
                const facts = [
                  x.relationships.length > 0 ? `About: ${x.relationships.join(', ')}` : '',
                  x.scores.length > 0
                    ? x.scores.map((v) => `${v.name} ${v.value}`).join(' · ')
                    : '',
                  x.signs.length > 0 ? `Signs: ${x.signs.join(', ')}` : '',
                ].filter((f) => f.length > 0);
                return `<article class="entry"><div class="entry__head"><div class="entry__date">${e(x.dateLabel)}</div>${
                  x.title ? `<div class="entry__title">${e(x.title)}</div>` : ''
                }${facts.map((f) => `<div class="entry__facts">${e(f)}</div>`).join('')}</div><div class="entry__text">${x.paragraphs
                  .map(paragraph)
                  .join(
                    '',
                  )}${x.excerpt ? '<p class="entry__excerpt">Excerpt</p>' : ''}</div></article>`;
              })
              .join('')
      }</section>`;
    case 'notes':
      return `<section class="notes"><h2>What I’d like to talk about</h2>${s.paragraphs.map(paragraph).join('')}</section>`;
    default: {
      const unreachable: never = s;
      return unreachable;
    }
  }
}

export async function renderHtml(doc: SummaryDocument, pageSize: PageSize): Promise<string> {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">
<title>${e(doc.title)}</title>
<style>${await fontFaces(needsLatinExt(JSON.stringify(doc)))}
${summaryStyle(pageSize)}</style></head>
<body>${cover(doc)}${doc.sections.map(section).join('\n')}</body></html>`;
}

/** The running footer Chromium prints on every page: the period and the page number. */
export function footerTemplate(doc: SummaryDocument): string {
  return `<div style="width:100%;margin:0 17mm;display:flex;justify-content:space-between;font:7.5pt sans-serif;color:#555"><span>${e(doc.title)} · ${e(doc.rangeLabel)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}
