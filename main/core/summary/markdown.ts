import type { ChartGeometry, SummaryDocument, SummarySection } from '../../contract/summary';

// The same document as Markdown: readable as plain text, tidy when rendered.

/** Escapes what Markdown would read as structure, so entry text stays text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1').replace(/^(\s*)([#+-]|\d+\.)(\s)/gm, '$1\\$2$3');
}

const m = escapeMarkdown;
/** A paragraph whose line breaks stay: two spaces before each is Markdown's hard break. */
const paragraph = (text: string) => text.split('\n').map(m).join('  \n');
const num = (n: number | null) => (n === null ? '–' : n.toFixed(1));
const BARS = '▁▂▃▄▅▆▇';

/** A chart as a row of block characters, one per rated period. */
export function blocks(g: ChartGeometry): string {
  if (g.height === 0) return '';
  const values = [...g.line.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((match) => {
    const y = Number(match[2]);
    return 1 + (1 - y / g.height) * 6;
  });
  return values.map((v) => BARS[Math.max(0, Math.min(6, Math.round(v) - 1))]).join('');
}

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function section(s: SummarySection): string {
  switch (s.kind) {
    case 'overview': {
      const session = s.sessionLabel !== null;
      const head = [
        'Dimension',
        `First third (${s.firstLabel})`,
        `Last third (${s.lastLabel})`,
        'Change',
        ...(session ? ['Before → since last session'] : []),
        'Rated',
        'Trend',
      ];
      const rows = s.rows.map((r) => [
        m(r.name),
        num(r.first),
        num(r.last),
        r.change === null
          ? r.changeWords
          : `${r.changeWords} (${r.change > 0 ? '+' : ''}${r.change.toFixed(1)})`,
        ...(session ? [`${num(r.sinceSession.before)} → ${num(r.sinceSession.after)}`] : []),
        String(r.rated),
        blocks(r.sparkline),
      ]);
      return `## Overview\n\n${session ? `${m(s.sessionLabel!)}.\n\n` : ''}${table(head, rows)}\n\nScale: 1 is the codependent end, 7 the interdependent end.`;
    }
    case 'charts':
      return `## Trends\n\n${m(s.bucketLabel)}.\n\n${s.charts
        .map(
          (c) =>
            `- **${m(c.name)}** (${c.rated} rated): ${c.rated === 0 ? 'not rated' : blocks(c.chart)}`,
        )
        .join('\n')}`;
    case 'relationships':
      if (s.columns.length === 0)
        return '## Relationships\n\nNo entry in this period is about a relationship.';
      return `## Relationships\n\n${table(
        ['Dimension', ...s.columns.map((c) => `${m(c.name)} (${c.entries} entries)`)],
        s.rows.map((r) => [m(r.name), ...r.means.map(num)]),
      )}`;
    case 'signs':
      return `## Signs\n\nHow many of the ${s.entries} entries noted each sign.\n\n${s.groups
        .map(
          (g) =>
            `### ${m(g.title)}\n\n${g.signs.length === 0 ? 'None noted.' : g.signs.map((x) => `- ${m(x.label)}: ${x.count}`).join('\n')}`,
        )
        .join('\n\n')}`;
    case 'entries':
      return `## Entries\n\n${
        s.entries.length === 0
          ? 'No entries were chosen to share.'
          : s.entries
              .map((x) =>
                [
                  `### ${m(x.dateLabel)}${x.title ? ` — ${m(x.title)}` : ''}`,
                  [
                    x.relationships.length > 0 ? `About: ${m(x.relationships.join(', '))}` : '',
                    x.scores.length > 0
                      ? x.scores.map((v) => `${m(v.name)} ${v.value}`).join(' · ')
                      : '',
                    x.signs.length > 0 ? `Signs: ${m(x.signs.join(', '))}` : '',
                  ]
                    .filter((f) => f.length > 0)
                    .map((f) => `*${f}*`)
                    .join('  \n'),
                  ...x.paragraphs.map(paragraph),
                  ...(x.excerpt ? ['*(Excerpt)*'] : []),
                ]
                  .filter((p) => p.length > 0)
                  .join('\n\n'),
              )
              .join('\n\n')
      }`;
    case 'notes':
      return `## What I’d like to talk about\n\n${s.paragraphs.map(paragraph).join('\n\n')}`;
    default: {
      const unreachable: never = s;
      return unreachable;
    }
  }
}

export function renderMarkdown(doc: SummaryDocument): string {
  const head = doc.showCover
    ? [
        `# ${m(doc.title)}`,
        ...(doc.name ? [`Prepared by ${m(doc.name)}`] : []),
        [
          `**Period:** ${m(doc.rangeLabel)}`,
          `**Relationships:** ${m(doc.relationshipsLabel)}`,
          `**Entries written:** ${doc.entryCount}`,
          `**Entries shared:** ${doc.includedCount}`,
          `**Prepared:** ${m(doc.generatedLabel)}`,
        ].join('  \n'),
      ].join('\n\n')
    : `# ${m(doc.title)} · ${m(doc.rangeLabel)}`;
  return `${[head, ...doc.sections.map(section)].join('\n\n')}\n`;
}
