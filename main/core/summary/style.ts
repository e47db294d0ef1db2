import type { PageSize } from '../../contract/summary';

// Print styles: black on white, hairlines instead of fills, so the report reads well when it
// is printed in black and white and costs little ink. Rows and entry headings never split.

export function summaryStyle(pageSize: PageSize): string {
  return `
@page { size: ${pageSize === 'letter' ? 'letter' : 'A4'}; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #111; background: #fff; font: 9.5pt/1.45 'Inter', sans-serif; }
h1, h2, h3 { font-weight: 600; margin: 0; break-after: avoid; }
h1 { font: 600 20pt/1.2 'Source Serif 4', serif; letter-spacing: -0.01em; }
h2 { font-size: 11pt; margin: 16pt 0 6pt; padding-bottom: 3pt; border-bottom: 0.75pt solid #111; }
h3 { font-size: 9.5pt; }
p { margin: 0 0 5pt; }
.muted { color: #555; }
.small { font-size: 8pt; }
.cover { margin-bottom: 6pt; }
.cover__meta { display: flex; flex-wrap: wrap; gap: 2pt 18pt; margin-top: 6pt; color: #333; }
.cover__meta b { font-weight: 600; color: #111; }
.cover__note { margin-top: 6pt; font-size: 8pt; color: #555; }
.heading-line { font-weight: 600; margin-bottom: 4pt; }
table { width: 100%; border-collapse: collapse; }
/* Figures line up in number columns only: Inter's tabular forms also widen the hyphen, which
   spread "Self-worth" into "Self - worth" wherever the whole table used them. */
td.num { font-variant-numeric: tabular-nums; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th { text-align: left; font-weight: 600; font-size: 8pt; color: #333; vertical-align: bottom;
     padding: 3pt 5pt 3pt 0; border-bottom: 0.75pt solid #111; }
td { padding: 3.5pt 5pt 3.5pt 0; border-bottom: 0.4pt solid #c8c8c8; vertical-align: top; }
td.num, th.num { text-align: right; }
th.num { white-space: nowrap; }
td.num { white-space: nowrap; }
.dim__name { font-weight: 600; }
.dim__poles { font-size: 7.5pt; color: #555; }
svg { display: block; overflow: visible; }
svg .line { fill: none; stroke: #111; stroke-width: 1.2; stroke-linejoin: round; stroke-linecap: round; }
svg .line--partial { stroke: #888; stroke-dasharray: 2 1.6; }
svg .dot { fill: #111; stroke: #111; stroke-width: 0.9; }
svg .dot--partial { fill: #fff; }
svg .grid { stroke: #bbb; stroke-width: 0.5; stroke-dasharray: 2 2; }
svg .axis { stroke: #777; stroke-width: 0.6; }
svg text { font: 7pt 'Inter', sans-serif; fill: #555; }
.spark { width: 24mm; height: 6mm; }
.legend { margin: 0 0 6pt; font-size: 8pt; color: #555; break-after: avoid; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 10pt 16pt; }
.chart { break-inside: avoid; }
.chart__title { display: flex; justify-content: space-between; gap: 8pt; margin-bottom: 2pt; }
.chart__poles { display: flex; justify-content: space-between; gap: 8pt; font-size: 7pt; color: #555; margin-top: 9pt; }
.chart svg { width: 100%; height: auto; }
.signs { display: grid; grid-template-columns: 1fr 1fr; gap: 4pt 16pt; }
.signs ul { list-style: none; margin: 0; padding: 0; }
.signs li { display: flex; justify-content: space-between; gap: 8pt; padding: 2.5pt 0; border-bottom: 0.4pt solid #c8c8c8; break-inside: avoid; }
.entry { margin: 0 0 12pt; }
h2 + .entry .entry__head { border-top: none; padding-top: 0; }
section + section.trends { break-before: page; }
.overview th:first-child { width: 30%; }
.overview td.change { width: 20%; }
.entry__head { break-inside: avoid; break-after: avoid; border-top: 0.4pt solid #999; padding-top: 5pt; margin-bottom: 4pt; }
.entry__date { font-weight: 600; }
.entry__title { font: 600 11pt/1.3 'Source Serif 4', serif; margin-top: 1pt; }
.entry__facts { font-size: 8pt; color: #444; margin-top: 2pt; }
.entry__text p, .notes p { font: 10.5pt/1.5 'Source Serif 4', serif; orphans: 3; widows: 3; }
.entry__text p.entry__excerpt { font: italic 8pt/1.4 'Inter', sans-serif; color: #555; }
.empty { color: #555; font-style: italic; }
`;
}
