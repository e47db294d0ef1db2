import { describe, expect, it } from 'vitest';
import { cleanPastedHtml } from './paste-cleaner';

describe('pasted HTML', () => {
  it('keeps structure and words, drops scripts, images, media and styles', () => {
    const doc = cleanPastedHtml(
      `<h2 style="color:red">Sunday</h2><script>alert(1)</script>
       <p class="x" onclick="steal()">We <b>talked</b> <img src="https://tracker.example/p.gif">
       <a href="javascript:alert(1)">here</a> and <a href="https://example.org" style="color:blue">there</a></p>
       <ul><li>one</li></ul><iframe src="https://example.org"></iframe><style>p{}</style>`,
    );
    const html = doc.body.innerHTML;
    expect(html).toContain('<h2>Sunday</h2>');
    expect(html).toContain('<b>talked</b>');
    expect(html).toContain('<ul><li>one</li></ul>');
    expect(html).toContain('<a href="https://example.org">there</a>');
    expect(html).toContain('<a>here</a>');
    for (const gone of ['script', 'img', 'iframe', 'style', 'onclick', 'class', 'tracker']) {
      expect(html).not.toContain(gone);
    }
  });

  it('turns bold and italic styles from word processors into emphasis, and unwraps Google Docs', () => {
    const doc = cleanPastedHtml(
      '<b style="font-weight:normal" id="docs-internal-guid-1"><p><span style="font-weight:700;color:#333">firm</span> <span style="font-style:italic">soft</span></p></b>',
    );
    const html = doc.body.innerHTML;
    expect(html).toContain('<span><b>firm</b></span>');
    expect(html).toContain('<span><i>soft</i></span>');
    expect(html.startsWith('<b')).toBe(false);
  });
});
