import {
  $isListNode,
  INSERT_CHECK_LIST_COMMAND,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  ListNode,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { INSERT_HORIZONTAL_RULE_COMMAND } from '@lexical/react/LexicalHorizontalRuleNode';
import {
  $createHeadingNode,
  $createQuoteNode,
  $isHeadingNode,
  $isQuoteNode,
} from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $getNearestNodeOfType, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  type TextFormatType,
  UNDO_COMMAND,
} from 'lexical';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { shortcutLabel } from '../../app/commands';
import { useRovingFocus } from './roving-focus';

export type BlockType = 'paragraph' | 'h1' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number' | 'check';

type ToolbarState = Readonly<{
  block: BlockType;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  canUndo: boolean;
  canRedo: boolean;
}>;

const INITIAL: ToolbarState = {
  block: 'paragraph',
  bold: false,
  italic: false,
  underline: false,
  canUndo: false,
  canRedo: false,
};

function $currentBlock(): BlockType {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return 'paragraph';
  const anchor = selection.anchor.getNode();
  const top = anchor.getKey() === 'root' ? anchor : anchor.getTopLevelElementOrThrow();
  const list = $getNearestNodeOfType(anchor, ListNode);
  if (list ?? $isListNode(top)) {
    const type = (list ?? (top as ListNode)).getListType();
    return type === 'bullet' ? 'bullet' : type === 'number' ? 'number' : 'check';
  }
  if ($isHeadingNode(top)) {
    const tag = top.getTag();
    return tag === 'h1' || tag === 'h2' || tag === 'h3' ? tag : 'h3';
  }
  if ($isQuoteNode(top)) return 'quote';
  return 'paragraph';
}

/** Formatting for people who prefer buttons to markdown: every button also has a shortcut. */
export function ToolbarPlugin() {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<ToolbarState>(INITIAL);
  const bar = useRef<HTMLDivElement>(null);
  const roving = useRovingFocus(bar);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          editorState.read(() => {
            const selection = $getSelection();
            const inline = $isRangeSelection(selection);
            const next = {
              block: $currentBlock(),
              bold: inline && selection.hasFormat('bold'),
              italic: inline && selection.hasFormat('italic'),
              underline: inline && selection.hasFormat('underline'),
            };
            setState((s) => ({ ...s, ...next }));
          });
        }),
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (canUndo) => {
            setState((s) => ({ ...s, canUndo }));
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (canRedo) => {
            setState((s) => ({ ...s, canRedo }));
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );

  const setBlock = useCallback(
    (block: BlockType) => {
      const current = state.block;
      const target = block === current && block !== 'paragraph' ? 'paragraph' : block;
      if (target === 'bullet')
        return editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
      if (target === 'number')
        return editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
      if (target === 'check') return editor.dispatchCommand(INSERT_CHECK_LIST_COMMAND, undefined);
      if (current === 'bullet' || current === 'number' || current === 'check') {
        editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
      }
      editor.update(() => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return;
        $setBlocksType(selection, () =>
          target === 'paragraph'
            ? $createParagraphNode()
            : target === 'quote'
              ? $createQuoteNode()
              : $createHeadingNode(target),
        );
      });
      return true;
    },
    [editor, state.block],
  );

  const format = (type: TextFormatType) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, type);

  return (
    <div
      ref={bar}
      className="toolbar"
      role="toolbar"
      aria-label="Formatting"
      onKeyDown={roving.onKeyDown}
      onFocus={roving.onFocus}
    >
      <label className="visually-hidden" htmlFor="block-type">
        Paragraph style
      </label>
      <select
        id="block-type"
        className="toolbar__select"
        value={['bullet', 'number', 'check'].includes(state.block) ? 'paragraph' : state.block}
        onChange={(e) => setBlock(e.target.value as BlockType)}
      >
        <option value="paragraph">Text</option>
        <option value="h1">Heading</option>
        <option value="h2">Subheading</option>
        <option value="h3">Small heading</option>
        <option value="quote">Quote</option>
      </select>
      <span className="toolbar__divider" aria-hidden="true" />
      <ToolButton
        label="Bold"
        keys={shortcutLabel('b')}
        pressed={state.bold}
        onClick={() => format('bold')}
      >
        <b>B</b>
      </ToolButton>
      <ToolButton
        label="Italic"
        keys={shortcutLabel('i')}
        pressed={state.italic}
        onClick={() => format('italic')}
      >
        <i>I</i>
      </ToolButton>
      <ToolButton
        label="Underline"
        keys={shortcutLabel('u')}
        pressed={state.underline}
        onClick={() => format('underline')}
      >
        <u>U</u>
      </ToolButton>
      <span className="toolbar__divider" aria-hidden="true" />
      <ToolButton
        label="Bulleted list"
        pressed={state.block === 'bullet'}
        onClick={() => setBlock('bullet')}
      >
        <ListGlyph kind="bullet" />
      </ToolButton>
      <ToolButton
        label="Numbered list"
        pressed={state.block === 'number'}
        onClick={() => setBlock('number')}
      >
        <ListGlyph kind="number" />
      </ToolButton>
      <ToolButton
        label="Checklist"
        pressed={state.block === 'check'}
        onClick={() => setBlock('check')}
      >
        <ListGlyph kind="check" />
      </ToolButton>
      <ToolButton label="Quote" pressed={state.block === 'quote'} onClick={() => setBlock('quote')}>
        <span aria-hidden="true">“</span>
      </ToolButton>
      <ToolButton
        label="Divider"
        onClick={() => editor.dispatchCommand(INSERT_HORIZONTAL_RULE_COMMAND, undefined)}
      >
        <span aria-hidden="true">—</span>
      </ToolButton>
      <span className="toolbar__divider" aria-hidden="true" />
      <ToolButton
        label="Undo"
        keys={shortcutLabel('z')}
        disabled={!state.canUndo}
        onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
      >
        <span aria-hidden="true">↶</span>
      </ToolButton>
      <ToolButton
        label="Redo"
        keys={shortcutLabel('z', true)}
        disabled={!state.canRedo}
        onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
      >
        <span aria-hidden="true">↷</span>
      </ToolButton>
    </div>
  );
}

function ToolButton({
  label,
  keys,
  pressed,
  disabled,
  onClick,
  children,
}: {
  label: string;
  keys?: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick(): void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="toolbar__button"
      aria-label={label}
      aria-pressed={pressed}
      title={keys ? `${label} (${keys})` : label}
      disabled={disabled}
      // Keep the caret (and the selection being formatted) in the editor.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

function ListGlyph({ kind }: { kind: 'bullet' | 'number' | 'check' }) {
  const marks =
    kind === 'bullet'
      ? [
          <circle key="a" cx="4" cy="5" r="1.3" />,
          <circle key="b" cx="4" cy="10" r="1.3" />,
          <circle key="c" cx="4" cy="15" r="1.3" />,
        ]
      : kind === 'check'
        ? [
            <rect key="a" x="2.5" y="3.5" width="3.5" height="3.5" rx="0.8" />,
            <path key="b" d="M2.8 11.5l1.3 1.3 2.2-2.6" />,
          ]
        : [
            <path key="a" d="M3 4h1.2v3" />,
            <path key="b" d="M2.8 12.2c.4-.6 1.9-.7 1.9.3 0 .8-1.9 1.5-1.9 2.3h2" />,
          ];
  return (
    <svg
      width="18"
      height="18"
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      aria-hidden="true"
    >
      {marks}
      <path d="M8.5 5h9M8.5 10h9M8.5 15h9" />
    </svg>
  );
}
