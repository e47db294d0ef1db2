// Reads Electronegativity's SARIF report and holds it against the reviewed allow-list. Pure, so
// the rules that decide whether `npm test` passes are tested themselves.

export type Finding = Readonly<{ check: string; file: string; line: number; message: string }>;

export type AllowList = Readonly<{
  excludedChecks: ReadonlyArray<Readonly<{ check: string; reason: string }>>;
  accepted: ReadonlyArray<Readonly<{ check: string; file: string; reason: string }>>;
}>;

type Sarif = {
  runs?: Array<{
    results?: Array<{
      ruleId?: string;
      message?: { text?: string };
      locations?: Array<{
        physicalLocation?: {
          artifactLocation?: { uri?: string };
          region?: { startLine?: number };
        };
      }>;
    }>;
  }>;
};

export function parseSarif(text: string): Finding[] {
  const sarif = JSON.parse(text) as Sarif;
  if (!Array.isArray(sarif.runs)) throw new Error('The report is not SARIF: it has no runs.');
  return sarif.runs.flatMap((run) =>
    (run.results ?? []).map((result) => {
      const location = result.locations?.[0]?.physicalLocation;
      return {
        check: result.ruleId ?? 'UNKNOWN',
        file: (location?.artifactLocation?.uri ?? 'N/A').replaceAll('\\', '/'),
        line: location?.region?.startLine ?? 0,
        message: result.message?.text ?? '',
      };
    }),
  );
}

/** Problems with the allow-list itself: an entry must say why, and say it once. */
export function checkAllowList(list: AllowList): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const entry of [...list.excludedChecks, ...list.accepted]) {
    const id = 'file' in entry ? `${entry.check} in ${String(entry.file)}` : entry.check;
    if (entry.reason.trim().length < 20) problems.push(`${id}: the reason is missing or too short`);
    if (seen.has(id)) problems.push(`${id}: listed twice`);
    seen.add(id);
  }
  return problems;
}

export type Verdict = Readonly<{
  /** Findings nobody has accepted: these fail the build. */
  unaccepted: Finding[];
  /** Accepted findings that were seen. */
  accepted: Finding[];
  /** Allow-list entries that matched nothing (remove them). */
  stale: AllowList['accepted'][number][];
}>;

export function judgeFindings(findings: readonly Finding[], list: AllowList): Verdict {
  const matches = (entry: AllowList['accepted'][number], finding: Finding) =>
    entry.check === finding.check && entry.file === finding.file;
  return {
    unaccepted: findings.filter((f) => !list.accepted.some((entry) => matches(entry, f))),
    accepted: findings.filter((f) => list.accepted.some((entry) => matches(entry, f))),
    stale: list.accepted.filter((entry) => !findings.some((f) => matches(entry, f))),
  };
}
