import { type ReactNode, useEffect, useRef, useState } from 'react';

/**
 * Mounts its children once they come near the visible part of the screen, keeping their place
 * with a box of the same height until then. A chart costs tens of milliseconds to draw; a
 * screen of nine of them is drawn as fast as the two or three in view.
 */
export function WhenVisible({ height, children }: { height: number; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = box.current;
    if (seen || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setSeen(true);
      },
      { rootMargin: '200px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [seen]);
  if (seen) return <>{children}</>;
  return <div ref={box} style={{ height }} aria-hidden="true" />;
}
