import { expect, test } from './fixtures';

// Closing the window (or the preview's tab) straight after typing loses nothing: the page saves
// what is pending as it goes, without waiting for the autosave pause.

const PASSPHRASE = 'harbor lantern orchard quietly';

test('closing the tab a moment after typing keeps the last words', async ({
  app,
  page,
  context,
  preview,
}) => {
  await app.createJournal(PASSPHRASE);
  await app.newEntry();
  await app.title.fill('Closed in a hurry');
  await app.write('Written, saved.');
  await app.expectSaved();
  await page.keyboard.type(' And these last words, typed just before closing.');
  await page.close();

  // The journal (still open in the preview) holds every word.
  const text = async () => {
    const journal = preview.session.current();
    const [summary] = await journal.listEntries();
    return summary ? (await journal.getEntry(summary.id)).text : '';
  };
  await expect.poll(text).toBe('Written, saved. And these last words, typed just before closing.');

  // And a person opening it again sees them.
  const again = await context.newPage();
  await again.goto(preview.url);
  await again.getByRole('button', { name: /Closed in a hurry/ }).click();
  await expect(again.getByRole('textbox', { name: 'Entry text' })).toContainText(
    'typed just before closing.',
  );
});
