import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AllowList, checkAllowList, judgeFindings, parseSarif } from './findings';

function sarif(...results: Array<[string, string, number]>): string {
  return JSON.stringify({
    version: '2.1.0',
    runs: [
      {
        results: results.map(([ruleId, uri, line]) => ({
          ruleId,
          message: { text: `${ruleId} says so` },
          locations: [
            { physicalLocation: { artifactLocation: { uri }, region: { startLine: line } } },
          ],
        })),
      },
    ],
  });
}

const list: AllowList = {
  excludedChecks: [],
  accepted: [
    {
      check: 'PRELOAD_JS_CHECK',
      file: 'main/shell/window.ts',
      reason: 'Reviewed: exposes the contract only.',
    },
  ],
};

describe('holding Electronegativity findings against the allow-list', () => {
  it('fails on a finding nobody accepted, wherever it is', () => {
    const findings = parseSarif(
      sarif(
        ['PRELOAD_JS_CHECK', 'main/shell/window.ts', 39],
        ['SANDBOX_JS_CHECK', 'main/shell/window.ts', 30],
      ),
    );
    const verdict = judgeFindings(findings, list);
    expect(verdict.unaccepted.map((f) => f.check)).toEqual(['SANDBOX_JS_CHECK']);
    expect(verdict.accepted).toHaveLength(1);
  });

  it('accepts a check only in the file it was reviewed in', () => {
    const verdict = judgeFindings(
      parseSarif(sarif(['PRELOAD_JS_CHECK', 'main/other.ts', 3])),
      list,
    );
    expect(verdict.unaccepted).toHaveLength(1);
    expect(verdict.stale).toHaveLength(1);
  });

  it('reports allow-list entries that no longer match anything', () => {
    expect(judgeFindings([], list).stale).toEqual(list.accepted);
  });

  it('refuses entries without a reason, and entries listed twice', () => {
    const entry = { check: 'X_CHECK', file: 'a.ts', reason: 'ok' };
    expect(checkAllowList({ excludedChecks: [], accepted: [entry, entry] })).toEqual([
      'X_CHECK in a.ts: the reason is missing or too short',
      'X_CHECK in a.ts: the reason is missing or too short',
      'X_CHECK in a.ts: listed twice',
    ]);
  });

  it('refuses a report that is not SARIF', () => {
    expect(() => parseSarif('{"results": []}')).toThrow(/not SARIF/);
  });

  it('keeps the project’s own allow-list well-formed', () => {
    const own = JSON.parse(
      readFileSync(join(import.meta.dirname, 'allowlist.json'), 'utf8'),
    ) as AllowList;
    expect(checkAllowList(own)).toEqual([]);
  });
});
