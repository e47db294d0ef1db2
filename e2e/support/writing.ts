import { type Locator, type Page, expect } from '@playwright/test';

/** Steps for the panel beside the editor, the search box and Settings. */
export class WritingSteps {
  constructor(readonly page: Page) {}

  dimension(name: string): Locator {
    return this.page.getByRole('group', { name, exact: true });
  }

  async rate(name: string, score: number): Promise<void> {
    await this.page.getByRole('radio', { name: new RegExp(`^${name}: ${score}\\b`) }).check();
  }

  async expectNotRated(name: string): Promise<void> {
    await expect(this.dimension(name).getByText('Not rated')).toBeVisible();
    await expect(this.dimension(name).getByRole('radio', { checked: true })).toHaveCount(0);
  }

  async addPerson(name: string, kind: string): Promise<void> {
    const panel = this.page.getByRole('complementary', { name: 'About this entry' });
    await panel.getByRole('button', { name: '+ Add someone' }).click();
    await panel.getByRole('textbox', { name: 'Name' }).fill(name);
    await panel.getByRole('combobox', { name: 'Kind of relationship' }).selectOption(kind);
    await panel.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(panel.getByRole('checkbox', { name })).toBeChecked();
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search entries' }).fill(text);
  }

  get results(): Locator {
    return this.page.getByRole('navigation', { name: 'Search results' });
  }

  async openSettings(): Promise<void> {
    await this.page.getByRole('button', { name: 'Settings', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  }

  async openJournal(): Promise<void> {
    await this.page.getByRole('button', { name: 'Journal', exact: true }).click();
  }
}
