import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_CSP } from './csp';

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources);
  }
  return map;
}

const csp = directives(APP_CSP);

describe("the app's Content-Security-Policy", () => {
  it('starts from nothing: every fetch directive not named falls back to none', () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
  });

  it('runs only the bundle’s own script: no inline, no eval, no remote script', () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(APP_CSP).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval/);
  });

  it('names no remote origin, scheme wildcard or host anywhere', () => {
    for (const [name, sources] of csp) {
      for (const source of sources) {
        const allowed = source === "'none'" || source === "'self'" || source === 'data:';
        expect(allowed, `${name} allows ${source}`).toBe(true);
      }
    }
    expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('allows no connection, plugin, frame, worker, form target or base URL', () => {
    for (const name of [
      'connect-src',
      'object-src',
      'frame-src',
      'worker-src',
      'media-src',
      'base-uri',
      'form-action',
      'frame-ancestors',
    ]) {
      expect(csp.get(name), name).toEqual(["'none'"]);
    }
  });

  it('is the same policy in the page itself (minus what a meta tag cannot carry)', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const expected = new Map(csp);
    expected.delete('frame-ancestors');
    expect(directives(meta!)).toEqual(expected);
  });
});
