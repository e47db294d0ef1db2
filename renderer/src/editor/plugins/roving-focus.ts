import {
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
  useLayoutEffect,
  useRef,
} from 'react';

// The ARIA toolbar pattern: the whole toolbar is one stop in the tab order, and the arrow keys
// (with Home and End) move between its controls. Whichever control was used last keeps the stop.

const ITEMS = 'button:not(:disabled), select:not(:disabled)';

export type RovingFocus = Readonly<{
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
  onFocus(event: FocusEvent<HTMLElement>): void;
}>;

export function useRovingFocus(container: RefObject<HTMLElement | null>): RovingFocus {
  const active = useRef<HTMLElement | null>(null);

  const items = (): HTMLElement[] =>
    container.current ? [...container.current.querySelectorAll<HTMLElement>(ITEMS)] : [];

  const apply = () => {
    const list = items();
    const current = active.current && list.includes(active.current) ? active.current : list[0];
    for (const item of list) item.tabIndex = item === current ? 0 : -1;
  };

  // Every render: a control may have been disabled (undo with nothing to undo) or added.
  useLayoutEffect(apply);

  return {
    onFocus(event) {
      if (!(event.target instanceof HTMLElement) || !items().includes(event.target)) return;
      active.current = event.target;
      apply();
    },
    onKeyDown(event) {
      const list = items();
      const at = list.indexOf(event.target as HTMLElement);
      if (at < 0) return;
      const target =
        event.key === 'ArrowRight'
          ? list[(at + 1) % list.length]
          : event.key === 'ArrowLeft'
            ? list[(at - 1 + list.length) % list.length]
            : event.key === 'Home'
              ? list[0]
              : event.key === 'End'
                ? list.at(-1)
                : undefined;
      if (!target) return;
      // Also keeps a focused <select> from changing its value on Left and Right.
      event.preventDefault();
      target.focus();
    },
  };
}
