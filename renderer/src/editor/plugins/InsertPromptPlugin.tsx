import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createQuoteNode } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  COMMAND_PRIORITY_EDITOR,
  type LexicalCommand,
  createCommand,
} from 'lexical';
import { useEffect } from 'react';

/** Puts a reflection prompt at the end of the entry as a quote, with a line to answer on. */
export const INSERT_PROMPT_COMMAND: LexicalCommand<string> = createCommand('INSERT_PROMPT');

export function InsertPromptPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        INSERT_PROMPT_COMMAND,
        (prompt) => {
          editor.update(() => {
            const root = $getRoot();
            const last = root.getLastChild();
            if (last && last.getTextContent().trim() === '' && last.getType() === 'paragraph') {
              last.remove();
            }
            const quote = $createQuoteNode().append($createTextNode(prompt));
            const answer = $createParagraphNode();
            root.append(quote, answer);
            answer.select();
          });
          editor.focus();
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );
  return null;
}
