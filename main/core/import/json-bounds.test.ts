import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, jsonDepthExceeds, parseBoundedJson } from './json-bounds';

// Every importer reads outside JSON through parseBoundedJson: bounded in size and depth before
// it is parsed, strict UTF-8, one sentence naming the limit.

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('JSON from outside', () => {
  it('is measured before it is parsed: too deep or too big is one sentence naming the limit', () => {
    const deep = `${'{"a":'.repeat(MAX_JSON_DEPTH + 1)}1${'}'.repeat(MAX_JSON_DEPTH + 1)}`;
    expect(() => parseBoundedJson(bytes(deep), 'The file')).toThrow(
      'The file nests deeper than 64 levels, the most Twofold reads.',
    );
    const fits = `${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`;
    expect(parseBoundedJson(bytes(fits), 'The file')).toBeInstanceOf(Array);
    expect(() =>
      parseBoundedJson(bytes(JSON.stringify('x'.repeat(3 * 1024 * 1024))), 'big.json', {
        maxBytes: 2 * 1024 * 1024,
      }),
    ).toThrow('big.json is larger than 2 MB, the most Twofold reads as JSON.');
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const text = JSON.stringify({ note: `${'['.repeat(500)} "quoted \\" [[[ ` });
    expect(jsonDepthExceeds(bytes(text), 2)).toBe(false);
    expect(parseBoundedJson(bytes(text), 'The file')).toEqual(JSON.parse(text));
  });

  it('refuses bytes that are not UTF-8 and text that is not JSON', () => {
    expect(() => parseBoundedJson(Buffer.from([0x5b, 0xff, 0x5d]), 'The input')).toThrow(
      'The input is not valid UTF-8 text.',
    );
    expect(() => parseBoundedJson(bytes('{"a":'), 'The input')).toThrow('The input is not JSON.');
  });
});
