import { type Locator, type Page, expect } from '@playwright/test';

/** The app as a person sees it: steps a spec can read aloud. */
export class JournalApp {
  constructor(readonly page: Page) {}

  get editor(): Locator {
    return this.page.getByRole('textbox', { name: 'Entry text' });
  }

  get title(): Locator {
    return this.page.getByRole('textbox', { name: 'Title' });
  }

  get saveStatus(): Locator {
    return this.page.locator('.save-status');
  }

  timelineItem(text: string | RegExp): Locator {
    return this.page
      .getByRole('navigation', { name: 'Entries' })
      .getByRole('button', { name: text });
  }

  async createJournal(
    passphrase: string,
    options: { recoveryKey?: boolean } = {},
  ): Promise<string | null> {
    const { page } = this;
    await expect(page.getByRole('heading', { name: 'Start your private journal' })).toBeVisible();
    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await page.getByLabel('Type it again', { exact: true }).fill(passphrase);
    const box = page.getByRole('checkbox', { name: /recovery key/ });
    if (options.recoveryKey) await box.check();
    else await box.uncheck();
    await page.getByRole('button', { name: 'Create journal' }).click();
    if (!options.recoveryKey) {
      await this.expectJournalOpen();
      return null;
    }
    const key = page.getByLabel('Recovery key', { exact: true });
    await expect(key).toBeVisible();
    const text = (await key.textContent()) ?? '';
    await page.getByRole('checkbox', { name: /somewhere safe/ }).check();
    await page.getByRole('button', { name: 'Open my journal' }).click();
    await this.expectJournalOpen();
    return text;
  }

  async expectJournalOpen(): Promise<void> {
    await expect(this.page.getByRole('button', { name: 'New entry', exact: true })).toBeVisible();
  }

  async unlock(passphrase: string): Promise<void> {
    await this.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await this.page.getByRole('button', { name: 'Unlock' }).click();
  }

  async expectLocked(): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  }

  async lock(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lock', exact: true }).first().click();
    await this.expectLocked();
  }

  async newEntry(): Promise<void> {
    await this.page.getByRole('button', { name: 'New entry', exact: true }).click();
    await expect(this.editor).toBeVisible();
  }

  async write(text: string): Promise<void> {
    await this.editor.click();
    await this.page.keyboard.type(text);
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText('Saved');
  }
}
