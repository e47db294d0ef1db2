import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isOpenableLink } from '../../contract';
import { TEST_KDF, makeTempDir } from '../testing/temp-vault';
import { dispatch } from './dispatch';
import { createHandlers } from './index';
import type { Platform } from './platform';
import { JournalSession } from './session';

let dir: string;
let cleanup: () => Promise<void>;
let session: JournalSession;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  session = new JournalSession(join(dir, 'vault'), { kdf: TEST_KDF });
});
afterEach(async () => {
  await session.lock();
  await cleanup();
});

function platform(answer: boolean) {
  const openLink = vi.fn(async () => answer);
  const value: Platform = { saveFile: async () => ({ saved: false }), openLink };
  return { value, openLink };
}

describe('opening a link from an entry', () => {
  it('asks the platform (which asks the person) and reports what they chose', async () => {
    const yes = platform(true);
    await session.create('a passphrase for links', false);
    const handlers = createHandlers(session, yes.value);
    expect(await dispatch(handlers, 'openLink', { url: 'https://example.org/a b' })).toEqual({
      ok: true,
      value: { opened: true },
    });
    // The parsed, canonical form is what the person sees and what opens.
    expect(yes.openLink).toHaveBeenCalledWith('https://example.org/a%20b');

    const no = platform(false);
    expect(
      await dispatch(createHandlers(session, no.value), 'openLink', {
        url: 'mailto:someone@example.org',
      }),
    ).toEqual({ ok: true, value: { opened: false } });
  });

  it('refuses every other kind of address before anything is shown', async () => {
    const yes = platform(true);
    await session.create('a passphrase for links', false);
    const handlers = createHandlers(session, yes.value);
    for (const url of [
      'javascript:alert(document.domain)',
      'JAVASCRIPT:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<script>alert(1)</script>',
      'app://twofold/index.html',
      'smb://server/share',
      'ms-settings:privacy',
      'vbscript:msgbox(1)',
      'https://user:password@example.org/',
      'http://',
      'mailto:',
      '/relative',
      'example.org',
      `https://example.org/${'x'.repeat(3000)}`,
    ]) {
      const result = await dispatch(handlers, 'openLink', { url });
      expect(result, url).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    }
    expect(yes.openLink).not.toHaveBeenCalled();
  });

  it('is refused while the journal is locked', async () => {
    const yes = platform(true);
    const handlers = createHandlers(session, yes.value);
    expect(await dispatch(handlers, 'openLink', { url: 'https://example.org/' })).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
    expect(yes.openLink).not.toHaveBeenCalled();
  });

  it('uses one rule in the editor and in main', () => {
    expect(isOpenableLink('https://example.org/')).toBe(true);
    expect(isOpenableLink('http://example.org/')).toBe(true);
    expect(isOpenableLink('mailto:a@example.org')).toBe(true);
    expect(isOpenableLink('tel:+100000000')).toBe(false);
    expect(isOpenableLink('sms:+100000000')).toBe(false);
  });
});
