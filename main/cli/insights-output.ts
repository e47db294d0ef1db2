import type { Dimension } from '../contract/domain';
import {
  entriesWord,
  markerVerdictWords,
  personVerdictWords,
  ratingsWord,
  sidesFigures,
  withWithoutFigures,
  withWithoutHeadline,
} from '../contract/insight-words';
import type { InsightsReport, MarkerComparison, WithWithoutRow } from '../contract/insights';
import { MIN_RATINGS_FOR_CHANGE } from '../contract/trends';

// `journal insights` as text: the same figures as the Insights screen, in the same words.

const clear = (verdict: WithWithoutRow['verdict']) => verdict === 'higher' || verdict === 'lower';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function withWithoutLines(report: InsightsReport, nameOf: (key: string) => string): string[] {
  const rows = report.withWithout.rows;
  const shown = rows.filter((r) => clear(r.verdict));
  const lines = [
    'What went with higher or lower ratings (they came up together; that does not say why):',
  ];
  if (shown.length === 0) lines.push('  No clear differences yet.');
  for (const row of shown) {
    lines.push(`  ${withWithoutHeadline(row, nameOf(row.dimension))}`);
    lines.push(`      ${withWithoutFigures(row)}`);
  }
  const unclear = rows.filter((r) => r.verdict === 'no clear change').length;
  const few = rows.filter((r) => r.verdict === 'not enough ratings').length;
  const rest = [
    unclear > 0 ? `${plural(unclear, 'comparison', 'comparisons')} with no clear difference` : '',
    few > 0 ? `${few} with not enough ratings yet (${MIN_RATINGS_FOR_CHANGE} a side needed)` : '',
  ].filter(Boolean);
  if (rest.length > 0) lines.push(`  Also ${rest.join(', and ')}.`);
  return lines;
}

function selfLines(report: InsightsReport, nameOf: (key: string) => string): string[] {
  const { self } = report;
  const name = nameOf(self.dimension);
  const lines = [`${name}, person by person (entries about them against your other entries):`];
  if (self.people.length === 0) lines.push('  No entries about anyone in this range.');
  const means = self.people.map((p) =>
    p.with.mean === null
      ? `not enough yet · ${ratingsWord(p.with.count)}`
      : `${p.with.mean.toFixed(1)} · ${ratingsWord(p.with.count)}`,
  );
  const width = Math.max(0, ...self.people.map((p) => p.subject.label.length));
  const meanWidth = Math.max(0, ...means.map((m) => m.length));
  self.people.forEach((p, i) => {
    const words =
      p.verdict === 'not enough ratings' ? '' : personVerdictWords(p.verdict, self.dimension, name);
    lines.push(
      `  ${p.subject.label.padEnd(width)}  ${means[i]!.padEnd(meanWidth)}  ${words}`.trimEnd(),
    );
  });
  return lines;
}

function markerLines(markers: readonly MarkerComparison[], nameOf: (key: string) => string) {
  const lines = ['Markers (the 30 days before each against 30 days from it on):'];
  if (markers.length === 0) lines.push('  No therapy sessions or life events recorded.');
  for (const m of markers) {
    lines.push(
      `  ${m.marker.date}  ${m.marker.label}  (${entriesWord(m.before.entries)} before, ${m.after.entries} after)`,
    );
    const shown = m.dimensions.filter((d) => clear(d.verdict));
    for (const d of shown) {
      lines.push(
        `      ${markerVerdictWords(d.verdict)}: ${nameOf(d.key)}  ${sidesFigures(d.after, d.before, d, ['after', 'before'])}`,
      );
    }
    const unclear = m.dimensions.filter((d) => d.verdict === 'no clear change').length;
    const few = m.dimensions.filter((d) => d.verdict === 'not enough ratings').length;
    const rest = [
      unclear > 0
        ? `no clear difference in ${shown.length > 0 ? 'the other ' : ''}${plural(unclear, 'dimension', 'dimensions')}`
        : '',
      few > 0 ? `not enough ratings yet for ${few}` : '',
    ].filter(Boolean);
    if (rest.length > 0) {
      const text = rest.join('; ');
      lines.push(`      ${text.charAt(0).toUpperCase()}${text.slice(1)}.`);
    }
  }
  return lines;
}

/** The whole report as lines of text. */
export function insightsText(report: InsightsReport, dimensions: readonly Dimension[]): string[] {
  const nameOf = (key: string) => dimensions.find((d) => d.key === key)?.name ?? key;
  return [
    `Insights from ${report.from} to ${report.to} · ${entriesWord(report.withWithout.entries)} · scale 1 to 7.`,
    '',
    ...withWithoutLines(report, nameOf),
    '',
    ...selfLines(report, nameOf),
    '',
    ...markerLines(report.markers, nameOf),
  ];
}
