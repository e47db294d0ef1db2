import { randomUUID } from 'node:crypto';
import { unlockVault } from '../vault/lifecycle';
import { mulberry32 } from './generate';
import { entryInput } from './entry-input';
import { TEST_KDF } from './temp-vault';

// A separate process for the crash tests (bundled by spawn-writer.ts, never part of the app).
// "write": unlocks the vault and saves, edits, trashes and compacts as fast as it can, printing
// one line after each change has resolved, i.e. once the journal has acknowledged it. The test
// kills it with SIGKILL at random moments. "hold": unlocks and keeps the journal open.
//
// Entry texts carry a sequence number ("#n"), so the test can tell a save that was in flight at
// the kill (a higher number) from one that went missing (a lower one).

export type WriterLine =
  | { type: 'ready' }
  | { type: 'saved'; id: string; text: string }
  | { type: 'trashed'; id: string }
  | { type: 'compacted' };

const [dir, mode, seedText] = process.argv.slice(2);
const passphrase = process.env['WRITER_PASSPHRASE'] ?? '';
const canary = process.env['WRITER_CANARY'] ?? 'words';
const say = (line: WriterLine) => process.stdout.write(`${JSON.stringify(line)}\n`);

const { journal } = await unlockVault(dir!, passphrase, {
  kdf: TEST_KDF,
  compaction: { maxRecords: 6, maxBytes: 1 << 20, inWorker: false },
});
say({ type: 'ready' });

if (mode === 'hold') {
  setInterval(() => undefined, 1 << 30);
} else {
  const seed = Number(seedText);
  const random = mulberry32(seed);
  const live = (await journal.listEntries()).map((s) => s.id);
  for (let n = 0; ; n += 1) {
    const roll = random();
    const text = `${canary} from writer ${seed}, #${n}.`;
    if (roll < 0.4 || live.length === 0) {
      const id = randomUUID();
      await journal.saveEntry(entryInput({ id, text }));
      live.push(id);
      say({ type: 'saved', id, text });
    } else if (roll < 0.9) {
      const id = live[Math.floor(random() * live.length)]!;
      await journal.saveEntry(entryInput({ id, text }));
      say({ type: 'saved', id, text });
    } else if (roll < 0.96) {
      const [id] = live.splice(Math.floor(random() * live.length), 1);
      await journal.trashEntry(id!);
      say({ type: 'trashed', id: id! });
    } else {
      await journal.compact();
      say({ type: 'compacted' });
    }
  }
}
