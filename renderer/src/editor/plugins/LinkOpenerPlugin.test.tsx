import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EntryEditor } from '../EntryEditor';

function text(value: string) {
  return { type: 'text', version: 1, text: value, detail: 0, format: 0, mode: 'normal', style: '' };
}

function link(url: string, label: string) {
  return {
    type: 'link',
    version: 1,
    url,
    rel: null,
    target: null,
    title: null,
    direction: null,
    format: '',
    indent: 0,
    children: [text(label)],
  };
}

/** An entry with one paragraph holding the given links. */
function docWith(...links: Array<[string, string]>): string {
  return JSON.stringify({
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          textFormat: 0,
          textStyle: '',
          children: links.flatMap(([url, label]) => [link(url, label), text(' ')]),
        },
      ],
    },
  });
}

const openLink = vi.fn(async () => ({ ok: true as const, value: { opened: false } }));

beforeEach(() => {
  openLink.mockClear();
  Object.defineProperty(window, 'journal', {
    value: { openLink },
    configurable: true,
  });
});
afterEach(cleanup);

async function renderEntry(doc: string) {
  const view = render(<EntryEditor initialDoc={doc} onChange={() => undefined} />);
  await act(async () => undefined);
  return view;
}

function click(element: Element, init: MouseEventInit & { type?: string } = {}): MouseEvent {
  const event = new MouseEvent(init.type ?? 'click', {
    bubbles: true,
    cancelable: true,
    button: 0,
    ...init,
  });
  element.dispatchEvent(event);
  return event;
}

const modifier = /Mac/.test(navigator.platform) ? { metaKey: true } : { ctrlKey: true };

describe('links in an entry', () => {
  it('go to main (which asks the person) on a Ctrl/⌘-click or a middle click', async () => {
    const view = await renderEntry(docWith(['https://example.org/read?x=1', 'an article']));
    const anchor = view.getByText('an article');
    const event = click(anchor, modifier);
    expect(event.defaultPrevented).toBe(true);
    expect(openLink).toHaveBeenCalledWith({ url: 'https://example.org/read?x=1' });
    click(anchor, { type: 'auxclick', button: 1 });
    expect(openLink).toHaveBeenCalledTimes(2);
  });

  it('never navigate on a plain click, which only places the caret', async () => {
    const view = await renderEntry(docWith(['https://example.org/', 'plain']));
    const event = click(view.getByText('plain'));
    expect(event.defaultPrevented).toBe(true);
    expect(openLink).not.toHaveBeenCalled();
  });

  it('open nothing unless the address is http, https or mailto', async () => {
    const view = await renderEntry(
      docWith(
        ['javascript:alert(1)', 'script'],
        ['file:///etc/passwd', 'file'],
        ['data:text/html,<b>x</b>', 'data'],
        ['/relative/path', 'relative'],
        ['https://user:secret@example.org/', 'credentials'],
        ['mailto:someone@example.org', 'mail'],
      ),
    );
    for (const label of ['script', 'file', 'data', 'relative', 'credentials']) {
      click(view.getByText(label), modifier);
    }
    expect(openLink).not.toHaveBeenCalled();
    click(view.getByText('mail'), modifier);
    expect(openLink).toHaveBeenCalledWith({ url: 'mailto:someone@example.org' });
  });
});
