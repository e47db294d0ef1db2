import { CheckListPlugin } from '@lexical/react/LexicalCheckListPlugin';
import { type InitialConfigType, LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { HorizontalRulePlugin } from '@lexical/react/LexicalHorizontalRulePlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { LexicalEditor } from 'lexical';
import type { ReactNode } from 'react';
import { isOpenableLink } from '../../../main/contract';
import { ENTRY_NODES, MARKDOWN_SHORTCUTS } from './nodes';
import { ChangePlugin, type DocumentChange } from './plugins/ChangePlugin';
import { InsertPromptPlugin } from './plugins/InsertPromptPlugin';
import { LinkOpenerPlugin } from './plugins/LinkOpenerPlugin';
import { PasteCleanPlugin } from './plugins/PasteCleanPlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import { editorTheme } from './theme';

type Props = Readonly<{
  /** The saved Lexical JSON, or empty for a new entry. */
  initialDoc: string;
  onChange(change: DocumentChange): void;
  placeholder?: string;
  /** Hands out the editor so panels beside it can send it commands (insert a prompt…). */
  onEditor?(editor: LexicalEditor | null): void;
  /** Extra plugins (toolbar, prompts, focus mode…) rendered inside the composer. */
  children?: ReactNode;
}>;

/**
 * The writing surface: Lexical's rich text with its own list, link, history and markdown
 * plugins. Remount it (with a `key`) to open another entry; its undo history goes with it.
 */
export function EntryEditor({
  initialDoc,
  onChange,
  placeholder = 'Write what happened, and how it felt…',
  onEditor,
  children,
}: Props) {
  const config: InitialConfigType = {
    namespace: 'twofold-entry',
    theme: editorTheme,
    nodes: [...ENTRY_NODES],
    editorState: initialDoc ? initialDoc : undefined,
    onError(error) {
      console.error(`editor: ${error.name}`);
    },
  };
  return (
    <LexicalComposer initialConfig={config}>
      <div className="editor">
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              className="editor__content"
              aria-label="Entry text"
              aria-placeholder={placeholder}
              placeholder={<div className="editor__placeholder">{placeholder}</div>}
              spellCheck={false}
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <ListPlugin />
        <CheckListPlugin />
        <LinkPlugin validateUrl={isOpenableLink} />
        <LinkOpenerPlugin />
        <HorizontalRulePlugin />
        <MarkdownShortcutPlugin transformers={MARKDOWN_SHORTCUTS} />
        <PasteCleanPlugin />
        <InsertPromptPlugin />
        <ChangePlugin onChange={onChange} />
        {onEditor ? <EditorRefPlugin editorRef={onEditor} /> : null}
        {children}
      </div>
      {/* After the page in the tab order (shown above it): Tab goes from the title to the page. */}
      <ToolbarPlugin />
    </LexicalComposer>
  );
}
