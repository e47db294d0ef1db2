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

/** The scale's ticks, 1 to 7 on the value axis. */
export const SCALE_TICKS = [1, 2, 3, 4, 5, 6, 7];

/** Room for the number beside the pole words, in pixels. */
const NUMBER_WIDTH = 14;

/** The value axis: every number from 1 to 7, with the poles in words beside 1 and 7. */
export function PoleTick({ x = 0, y = 0, payload, low, high }: TickProps) {
  const value = payload?.value;
  const text = value === 1 ? low : value === 7 ? high : value === 4 ? 'mixed' : '';
  const lines = wrapLabel(text);
  const lineHeight = 13;
  const top = Number(y) - ((lines.length - 1) * lineHeight) / 2;
  const wordsAt = Number(x) - NUMBER_WIDTH;
  return (
    <g className={value === 4 ? 'trend-axis trend-axis--mid' : 'trend-axis'}>
      <title>{text ? `${value ?? ''} — ${text}` : String(value ?? '')}</title>
      <text x={Number(x)} y={Number(y)} dy={4} textAnchor="end" className="trend-axis__number">
        {value}
      </text>
      {text ? (
        <text x={wordsAt} y={top} textAnchor="end">
          {lines.map((line, i) => (
            <tspan key={i} x={wordsAt} dy={i === 0 ? 4 : lineHeight}>
              {line}
            </tspan>
          ))}
        </text>
      ) : null}
    </g>
  );
}
