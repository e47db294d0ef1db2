import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { $getRoot, type EditorState } from 'lexical';

export type DocumentChange = Readonly<{ doc: string; text: string }>;

/** Reports the document as JSON (to store) and as plain text (to search and count). */
export function ChangePlugin({ onChange }: { onChange(change: DocumentChange): void }) {
  return (
    <OnChangePlugin
      ignoreSelectionChange
      onChange={(state: EditorState) => {
        const text = state.read(() => $getRoot().getTextContent());
        onChange({ doc: JSON.stringify(state.toJSON()), text });
      }}
    />
  );
}
