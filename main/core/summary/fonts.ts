import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

// The summary's typefaces (Inter and Source Serif 4, SIL Open Font License, in resources/fonts)
// are embedded in the HTML, so a PDF looks the same on every machine and needs no network.

const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';

const FACES = [
  { family: 'Inter', file: 'inter', weight: 400, style: 'normal' },
  { family: 'Inter', file: 'inter', weight: 600, style: 'normal' },
  { family: 'Source Serif 4', file: 'source-serif-4', weight: 400, style: 'normal' },
  { family: 'Source Serif 4', file: 'source-serif-4', weight: 400, style: 'italic' },
  { family: 'Source Serif 4', file: 'source-serif-4', weight: 600, style: 'normal' },
] as const;

/** resources/fonts, found by walking up from this module (source tree, build, or app bundle). */
export function findFontsDir(start: string = import.meta.dirname): string {
  let dir = start;
  for (let i = 0; i < 8; i += 1) {
    const candidate = join(dir, 'resources', 'fonts');
    if (existsSync(join(candidate, 'Inter-LICENSE.txt'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error('The summary fonts (resources/fonts) are missing from this installation.');
}

const cached = new Map<boolean, Promise<string>>();

/** Letters beyond Western European ones (ő, ł, ș…), which live in the latin-ext files. */
export const needsLatinExt = (text: string): boolean =>
  /[\u0100-\u02FF\u1D00-\u1DBF\u1E00-\u1EFF\u2C60-\u2C7F\uA720-\uA7FF]/.test(text);

/**
 * @font-face rules with the fonts inline, read once per process. The latin-ext files go in only
 * when the text needs them: a smaller page for Chromium to load.
 */
export function fontFaces(withLatinExt = true, fontsDir?: string): Promise<string> {
  const existing = cached.get(withLatinExt);
  if (existing) return existing;
  const built = (async () => {
    const dir = fontsDir ?? findFontsDir();
    const rules: string[] = [];
    const subsets = withLatinExt
      ? ([
          ['latin', LATIN],
          ['latin-ext', LATIN_EXT],
        ] as const)
      : ([['latin', LATIN]] as const);
    for (const face of FACES) {
      for (const [subset, range] of subsets) {
        const name = `${face.file}-${subset}-${face.weight}-${face.style}.woff2`;
        const data = (await readFile(join(dir, name))).toString('base64');
        rules.push(
          `@font-face{font-family:'${face.family}';font-style:${face.style};font-weight:${face.weight};` +
            `src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${range}}`,
        );
      }
    }
    return rules.join('\n');
  })();
  cached.set(withLatinExt, built);
  return built;
}
