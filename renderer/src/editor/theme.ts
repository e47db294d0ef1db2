import type { EditorThemeClasses } from 'lexical';

/** Class names Lexical puts on what it renders; styled in styles/editor.css. */
export const editorTheme: EditorThemeClasses = {
  paragraph: 'ed-p',
  quote: 'ed-quote',
  heading: { h1: 'ed-h1', h2: 'ed-h2', h3: 'ed-h3' },
  list: {
    ul: 'ed-ul',
    ol: 'ed-ol',
    listitem: 'ed-li',
    listitemChecked: 'ed-li--checked',
    listitemUnchecked: 'ed-li--unchecked',
    nested: { listitem: 'ed-li--nested' },
  },
  link: 'ed-link',
  hr: 'ed-hr',
  text: {
    bold: 'ed-bold',
    italic: 'ed-italic',
    underline: 'ed-underline',
    strikethrough: 'ed-strike',
    underlineStrikethrough: 'ed-underline-strike',
    code: 'ed-code',
  },
};
