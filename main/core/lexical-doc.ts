// Lexical's serialised format, written by hand only for text that did not come from the editor
// (the command line, imports). The editor loads it like any document it saved itself.

type SerializedText = {
  detail: 0;
  format: 0;
  mode: 'normal';
  style: '';
  text: string;
  type: 'text';
  version: 1;
};

type SerializedParagraph = {
  children: SerializedText[];
  direction: 'ltr' | null;
  format: '';
  indent: 0;
  type: 'paragraph';
  version: 1;
  textFormat: 0;
  textStyle: '';
};

/** One paragraph per line of text; blank lines are dropped. */
export function textToLexicalDoc(text: string): string {
  const paragraphs: SerializedParagraph[] = text
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line.length > 0)
    .map((line) => ({
      children: [
        { detail: 0, format: 0, mode: 'normal', style: '', text: line, type: 'text', version: 1 },
      ],
      direction: 'ltr',
      format: '',
      indent: 0,
      type: 'paragraph',
      version: 1,
      textFormat: 0,
      textStyle: '',
    }));
  return JSON.stringify({
    root: {
      children: paragraphs,
      direction: paragraphs.length > 0 ? 'ltr' : null,
      format: '',
      indent: 0,
      type: 'root',
      version: 1,
    },
  });
}

/** The text the editor would report for a document made by textToLexicalDoc. */
export function normaliseText(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line.length > 0)
    .join('\n\n');
}
