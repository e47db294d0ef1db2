import { $isLinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent } from '@lexical/utils';
import { $getNearestNodeFromDOMNode, isDOMNode } from 'lexical';
import { useEffect } from 'react';
import { isOpenableLink } from '../../../../main/contract';
import { call } from '../../app/client';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** How a person asks to follow a link while writing (a plain click just places the caret). */
export const OPEN_LINK_HINT = isMac ? '⌘-click a link to open it' : 'Ctrl+click a link to open it';

function wantsToOpen(event: MouseEvent): boolean {
  if (event.type === 'auxclick') return event.button === 1;
  return event.button === 0 && (isMac ? event.metaKey : event.ctrlKey);
}

/** Asks main to open a link: main shows it to the person and opens it only if they say yes. */
function askMain(url: string): void {
  call('openLink', { url }).catch(() => undefined);
}

/**
 * Links in an entry never navigate the window. A Ctrl/⌘-click or a middle click on one whose
 * address is http, https or mailto goes to main, which asks the person first; anything else
 * (javascript:, file:, data:, a relative path) does nothing at all.
 */
export function LinkOpenerPlugin({ open = askMain }: { open?: (url: string) => void }) {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const target = event.target;
      if (!isDOMNode(target)) return;
      const element = target instanceof Element ? target : target.parentElement;
      if (!element?.closest('a')) return;
      // Whatever happens next, the click itself never follows the link.
      event.preventDefault();
      if (!wantsToOpen(event)) return;
      const url = editor.read(() => {
        const node = $getNearestNodeFromDOMNode(target);
        const link = node ? $findMatchingParent(node, $isLinkNode) : null;
        return $isLinkNode(link) ? link.getURL() : null;
      });
      if (url && isOpenableLink(url)) open(url);
    };
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('click', onClick);
      previous?.removeEventListener('auxclick', onClick);
      root?.addEventListener('click', onClick);
      root?.addEventListener('auxclick', onClick);
    });
  }, [editor, open]);

  return null;
}
