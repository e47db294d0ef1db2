import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SummaryDocument } from '../../contract/summary';
import { QUIET_CHROMIUM_ARGS, findSystemChromium } from './chromium';
import { renderHtml } from './html';
import { escapeMarkdown, renderMarkdown } from './markdown';

const doc = (notes: string): SummaryDocument => ({
  title: 'Journal summary',
  name: '<b>Sam</b>',
  rangeLabel: '1 Nov – 20 Nov 2026',
  generatedLabel: '20 November 2026',
  relationshipsLabel: 'All relationships',
  entryCount: 3,
  includedCount: 0,
  showCover: true,
  sections: [{ kind: 'notes', paragraphs: [notes] }],
});

const faces = (html: string) => html.match(/@font-face/g)?.length ?? 0;

describe('the summary page', () => {
  it('escapes every word it was given, and fetches nothing', async () => {
    const html = await renderHtml(doc('<img src=x onerror=alert(1)> & "quotes"'), 'a4');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
    expect(html).toContain('Prepared by &lt;b&gt;Sam&lt;/b&gt;');
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)|src="(?!data:)/);
  });

  it('carries the extra Latin letters only when the text needs them', async () => {
    expect(faces(await renderHtml(doc('Plain English notes.'), 'a4'))).toBe(5);
    expect(faces(await renderHtml(doc('Spotkanie w Łodzi, ő és ș.'), 'a4'))).toBe(10);
  });

  it('keeps Markdown structure out of entry words', () => {
    expect(escapeMarkdown('# not a heading\n- not a list *or emphasis* [or link](x)')).toBe(
      '\\# not a heading\n\\- not a list \\*or emphasis\\* \\[or link\\](x)',
    );
    expect(renderMarkdown(doc('A | pipe'))).toContain('A \\| pipe');
  });
});

describe.skipIf(findSystemChromium() === null)('the summary page in Chromium', () => {
  it('sets "Self-worth" in a table as tightly as in running text (no "Self - worth")', async () => {
    const page = await renderHtml(
      {
        ...doc('Notes.'),
        sections: [
          {
            kind: 'relationships',
            columns: [{ name: 'Sam', entries: 3 }],
            rows: [{ name: 'Self-worth', means: [{ mean: 4, count: 3 }] }],
          },
        ],
      },
      'a4',
    );
    const browser = await chromium.launch({
      executablePath: findSystemChromium()!,
      args: [...QUIET_CHROMIUM_ARGS, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    });
    try {
      const tab = await browser.newPage();
      await tab.setContent(page);
      // Page code as source text: this side is typed for Node, not the DOM.
      const [inTable, inText] = await tab.evaluate<[number, number]>(`(() => {
        const width = (node) => {
          const range = document.createRange();
          range.selectNodeContents(node);
          return range.getBoundingClientRect().width;
        };
        const cell = [...document.querySelectorAll('td')].find((td) => td.textContent === 'Self-worth');
        const text = document.createElement('span');
        text.textContent = 'Self-worth';
        document.body.append(text);
        return [width(cell), width(text)];
      })()`);
      expect(inTable).toBeCloseTo(inText, 1);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
