import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { format, subDays } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SummaryRequest } from '../../contract';
import { SUMMARY_SECTIONS } from '../../contract';
import { generateEntries, seedJournal } from '../testing/generate';
import { TEST_KDF, makeTempDir } from '../testing/temp-vault';
import { dispatch } from './dispatch';
import { createHandlers } from './index';
import type { Platform, SaveFileRequest } from './platform';
import { JournalSession } from './session';

// The summary through the same door the window uses: main builds the file, the host saves it,
// and only a saved file is recorded (encrypted) in the vault.

const day = (daysAgo: number) => format(subDays(new Date(), daysAgo), 'yyyy-MM-dd');
const SESSION = '1f0e2d3c-4b5a-4978-8a6b-5c4d3e2f1a01';

/** Every byte of every file in a folder, to look for plain text in. */
async function folderBytes(folder: string): Promise<Buffer> {
  const files = await readdir(folder, { recursive: true, withFileTypes: true });
  const parts = await Promise.all(
    files.filter((f) => f.isFile()).map((f) => readFile(join(f.parentPath, f.name))),
  );
  return Buffer.concat(parts);
}

let dir: string;
let cleanup: () => Promise<void>;
let session: JournalSession;
const saved: SaveFileRequest[] = [];
let answer: 'save' | 'cancel' = 'save';

const platform: Platform = {
  saveFile: async (request) => {
    saved.push(request);
    return answer === 'save' ? { saved: true, fileName: request.suggestedName } : { saved: false };
  },
  openLink: async () => false,
  printPdf: vi.fn(async () => new Uint8Array([0x25, 0x50, 0x44, 0x46])),
};

let ids: { shared: string; never: string };

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  saved.length = 0;
  answer = 'save';
  session = new JournalSession(join(dir, 'vault'), { kdf: TEST_KDF });
  await session.create('a passphrase for summaries', false);
  const entries = generateEntries({ entries: 30, endDate: day(0), textChars: 300 });
  entries[25]!.title = 'The quince conversation';
  entries[20]!.share = 'never';
  entries[20]!.title = 'Private vellichor note';
  await seedJournal(session.current(), entries);
  ids = { shared: entries[25]!.id, never: entries[20]!.id };
});
afterEach(async () => {
  await session.lock();
  await cleanup();
});

const request = (over: Partial<SummaryRequest> = {}): SummaryRequest => ({
  from: day(14),
  to: day(0),
  relationshipIds: [],
  dimensionKeys: [],
  sections: [...SUMMARY_SECTIONS],
  entries: [{ id: ids.shared, excerpt: false }],
  notes: '',
  name: 'Ari',
  pageSize: 'letter',
  ...over,
});

describe('the summary methods', () => {
  it('start from the last session, and remember the choices of the last export', async () => {
    const handlers = createHandlers(session, platform);
    const before = await dispatch(handlers, 'getSummarySetup', undefined);
    expect(before).toMatchObject({
      ok: true,
      value: { to: day(0), lastSession: null, choices: null },
    });
    await dispatch(handlers, 'saveTherapySession', { id: SESSION, date: day(9) });
    await dispatch(handlers, 'exportSummary', { request: request(), format: 'md' });
    expect(await dispatch(handlers, 'getSummarySetup', undefined)).toMatchObject({
      ok: true,
      value: {
        from: day(9),
        lastSession: day(9),
        choices: { name: 'Ari', pageSize: 'letter', format: 'md' },
      },
    });
  });

  it('save through the host, record what was saved, and record nothing when cancelled', async () => {
    const handlers = createHandlers(session, platform);
    answer = 'cancel';
    expect(
      await dispatch(handlers, 'exportSummary', { request: request(), format: 'pdf' }),
    ).toEqual({ ok: true, value: { saved: false, fileName: null } });
    expect(await dispatch(handlers, 'listSummaryExports', undefined)).toEqual({
      ok: true,
      value: [],
    });

    answer = 'save';
    const result = await dispatch(handlers, 'exportSummary', { request: request(), format: 'pdf' });
    expect(result).toMatchObject({ ok: true, value: { saved: true } });
    expect(saved.at(-1)!.filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
    expect(platform.printPdf).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'letter', html: expect.stringContaining('quince') }),
    );
    const listed = await dispatch(handlers, 'listSummaryExports', undefined);
    expect(listed).toMatchObject({
      ok: true,
      value: [
        {
          from: day(14),
          to: day(0),
          format: 'pdf',
          entryCount: 1,
          entries: [{ title: 'The quince conversation' }],
        },
      ],
    });
    // The record is in the vault, encrypted like everything else.
    await session.lock();
    const bytes = await folderBytes(join(dir, 'vault'));
    expect(bytes.includes(Buffer.from('quince'))).toBe(false);
  });

  it('refuse an entry marked "never share", and preview none of its words', async () => {
    const handlers = createHandlers(session, platform);
    expect(
      await dispatch(
        handlers,
        'previewSummary',
        request({ entries: [{ id: ids.never, excerpt: true }] }),
      ),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const preview = await dispatch(handlers, 'previewSummary', request());
    expect(JSON.stringify(preview)).not.toContain('vellichor');
    expect(JSON.stringify(preview)).toContain('quince');
    expect(saved).toEqual([]);
  });
});
