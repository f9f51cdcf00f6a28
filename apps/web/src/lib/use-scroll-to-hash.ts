import { useEffect } from 'react';
import { useLocation } from 'react-router';

/** How long to wait for the element of a `#hash` to appear (a screen renders after its data arrives). */
const WAIT_MS = 10_000;

/**
 * Scrolls to the element the URL's `#hash` names once it is rendered — a link from a notification
 * to a report's returned section (`/reports/:id#section-…`) lands on it.
 */
export function useScrollToHash(): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!hash || hash.length < 2) return;
    const id = decodeURIComponent(hash.slice(1));
    const until = Date.now() + WAIT_MS;
    let frame = 0;
    const attempt = () => {
      const element = document.getElementById(id);
      if (element) {
        element.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
        return;
      }
      if (Date.now() < until) frame = requestAnimationFrame(attempt);
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, [hash]);
}
