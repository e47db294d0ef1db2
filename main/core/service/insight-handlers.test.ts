import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { format, subDays } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type MethodName, type ResponseOf, type Result, contract } from '../../contract';
import { generateEntries, seedJournal } from '../testing/generate';
import { TEST_KDF, makeTempDir } from '../testing/temp-vault';
import { dispatch } from './dispatch';
import { createHandlers } from './index';
import { JournalSession } from './session';

// Life events and the insight queries through the same door the window uses.

const day = (daysAgo: number) => format(subDays(new Date(), daysAgo), 'yyyy-MM-dd');
const EVENT = '2b6f1c9e-7a3d-4e5f-9b8c-0d1e2f3a4b01';
const OTHER = '2b6f1c9e-7a3d-4e5f-9b8c-0d1e2f3a4b02';
const PASSPHRASE = 'a passphrase for insights';
const LABEL = 'Moved into the quinceworth flat';

let dir: string;
let cleanup: () => Promise<void>;
let session: JournalSession;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  session = new JournalSession(join(dir, 'vault'), { kdf: TEST_KDF });
  await session.create(PASSPHRASE, false);
  await seedJournal(session.current(), generateEntries({ entries: 60, endDate: day(0) }));
});
afterEach(async () => {
  await session.lock();
  await cleanup();
});

async function call<M extends MethodName>(
  method: M,
  request: unknown,
): Promise<Result<ResponseOf<M>>> {
  const result = await dispatch(createHandlers(session), method, request);
  if (result.ok) contract[method].response.parse(result.value);
  return result as Result<ResponseOf<M>>;
}

async function folderBytes(folder: string): Promise<Buffer> {
  const files = await readdir(folder, { recursive: true, withFileTypes: true });
  const parts = await Promise.all(
    files.filter((f) => f.isFile()).map((f) => readFile(join(f.parentPath, f.name))),
  );
  return Buffer.concat(parts);
}

describe('life events', () => {
  it('are added, changed and deleted, survive a lock, and never reach the disk in plain form', async () => {
    expect(await call('listLifeEvents', undefined)).toEqual({ ok: true, value: [] });
    expect(await call('saveLifeEvent', { id: EVENT, date: day(20), label: `  ${LABEL} ` })).toEqual(
      { ok: true, value: [{ id: EVENT, date: day(20), label: LABEL }] },
    );
    await call('saveLifeEvent', { id: OTHER, date: day(40), label: 'New job' });
    expect(await call('saveLifeEvent', { id: OTHER, date: day(10), label: 'New job' })).toEqual({
      ok: true,
      value: [
        { id: EVENT, date: day(20), label: LABEL },
        { id: OTHER, date: day(10), label: 'New job' },
      ],
    });
    // Written to the log only (no snapshot yet): the label must be encrypted there too.
    expect((await folderBytes(join(dir, 'vault'))).includes(Buffer.from('quinceworth'))).toBe(
      false,
    );

    await session.lock();
    await session.unlock(PASSPHRASE);
    expect(await call('listMarkers', {})).toEqual({
      ok: true,
      value: [
        { kind: 'event', id: EVENT, date: day(20), label: LABEL },
        { kind: 'event', id: OTHER, date: day(10), label: 'New job' },
      ],
    });
    expect(await call('deleteLifeEvent', { id: EVENT })).toEqual({
      ok: true,
      value: [{ id: OTHER, date: day(10), label: 'New job' }],
    });
    expect((await folderBytes(join(dir, 'vault'))).includes(Buffer.from('quinceworth'))).toBe(
      false,
    );
  });

  it('refuse a bad date, an empty or overlong label, and an unknown id, changing nothing', async () => {
    const journal = session.current();
    const pending = journal.pendingChanges;
    for (const bad of [
      { id: EVENT, date: '2026-02-30', label: 'Moved out' },
      { id: EVENT, date: day(3), label: '   ' },
      { id: EVENT, date: day(3), label: 'x'.repeat(81) },
      { id: 'not-an-id', date: day(3), label: 'Moved out' },
    ]) {
      const result = await call('saveLifeEvent', bad);
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    }
    expect(await call('deleteLifeEvent', { id: EVENT })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'That life event was not found.' },
    });
    expect(journal.pendingChanges).toBe(pending);
    expect(await call('listLifeEvents', undefined)).toEqual({ ok: true, value: [] });
  });
});

describe('the insight methods', () => {
  it('answer in the contract’s shapes, and refuse a backwards range or an unknown dimension', async () => {
    await call('saveTherapySession', { id: OTHER, date: day(15) });
    await call('saveLifeEvent', { id: EVENT, date: day(30), label: 'Moved out' });
    const ww = await call('withWithout', { from: day(59), to: day(0) });
    expect(ww.ok && ww.value.rows.length).toBeGreaterThan(0);
    const pixels = await call('pixels', { dimension: 'self' });
    expect(pixels.ok && pixels.value.days).toHaveLength(60);
    const self = await call('selfByPerson', {});
    expect(self.ok && self.value.people.map((p) => p.subject.label).sort()).toEqual([
      'Alex',
      'Jordan',
      'Mum',
      'Priya',
    ]);
    const markers = await call('compareMarkers', {});
    expect(markers.ok && markers.value.map((m) => m.marker.label)).toEqual([
      'Therapy session',
      'Moved out',
    ]);
    expect(await call('pixels', { dimension: 'self', from: day(0), to: day(5) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST' },
    });
    expect(await call('pixels', { dimension: 'sleep' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST', message: 'There is no dimension called "sleep".' },
    });
  });
});
