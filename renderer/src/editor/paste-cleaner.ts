// What survives a paste from a web page or a word processor: the structure (headings, lists,
// quotes, emphasis, links) and the words. Never scripts, remote images, embedded media, fonts,
// colours or any other inline style.

const DROPPED = [
  'script',
  'style',
  'link',
  'meta',
  'title',
  'iframe',
  'frame',
  'object',
  'embed',
  'img',
  'picture',
  'source',
  'video',
  'audio',
  'svg',
  'canvas',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'noscript',
  'template',
].join(',');

const KEPT_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  li: ['value'],
  ol: ['start'],
};

/** Emphasis that word processors write as styles, turned into the tags Lexical reads. */
function emphasisTags(style: CSSStyleDeclaration | null): string[] {
  if (!style) return [];
  const tags: string[] = [];
  const weight = style.fontWeight;
  if (weight === 'bold' || weight === 'bolder' || Number(weight) >= 600) tags.push('b');
  if (style.fontStyle === 'italic') tags.push('i');
  if (/underline/.test(style.textDecoration || style.textDecorationLine || '')) tags.push('u');
  return tags;
}

function unwrap(element: Element): void {
  const parent = element.parentNode;
  if (!parent) return;
  while (element.firstChild) parent.insertBefore(element.firstChild, element);
  parent.removeChild(element);
}

/** Returns a cleaned copy of pasted HTML as a document Lexical can import. */
export function cleanPastedHtml(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const element of Array.from(doc.querySelectorAll(DROPPED))) element.remove();
  // Google Docs wraps everything in a <b> that only resets the weight.
  for (const element of Array.from(doc.querySelectorAll('b[id^="docs-internal-guid"]'))) {
    unwrap(element);
  }
  for (const element of Array.from(doc.body.querySelectorAll('*'))) {
    const tag = element.tagName.toLowerCase();
    const wraps =
      tag === 'span' || tag === 'font' ? emphasisTags((element as HTMLElement).style) : [];
    const kept = KEPT_ATTRIBUTES[tag] ?? [];
    for (const name of element.getAttributeNames()) {
      if (!kept.includes(name)) element.removeAttribute(name);
    }
    const href = element.getAttribute('href');
    if (href !== null && !/^(https?:|mailto:)/i.test(href.trim())) element.removeAttribute('href');
    if (wraps.length > 0) {
      let inner: Element = element;
      for (const wrapTag of wraps) {
        const wrapper = doc.createElement(wrapTag);
        while (inner.firstChild) wrapper.appendChild(inner.firstChild);
        inner.appendChild(wrapper);
        inner = wrapper;
      }
    }
  }
  return doc;
}
