/** Splits a pole label into lines of about `width` characters, at most `lines` of them. */
export function wrapLabel(text: string, width = 18, lines = 3): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      out.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = `${kept[lines - 1]!.replace(/[,;.]$/, '')}…`;
  return kept;
}

type TickProps = Readonly<{
  x?: number | string;
  y?: number | string;
  payload?: { value: number };
  low: string;
  high: string;
}>;

/** The value axis: the two poles in words at 1 and 7, "mixed" at 4. */
export function PoleTick({ x = 0, y = 0, payload, low, high }: TickProps) {
  const value = payload?.value;
  const text = value === 1 ? low : value === 7 ? high : value === 4 ? 'mixed' : '';
  const lines = wrapLabel(text);
  const lineHeight = 13;
  const top = Number(y) - ((lines.length - 1) * lineHeight) / 2;
  return (
    <text
      x={Number(x)}
      y={top}
      textAnchor="end"
      className={value === 4 ? 'trend-axis trend-axis--mid' : 'trend-axis'}
    >
      <title>{`${value ?? ''} — ${text}`}</title>
      {lines.map((line, i) => (
        <tspan key={i} x={Number(x)} dy={i === 0 ? 4 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
