import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is being printed (print preview, Ctrl+P, the print button, or print media
 * emulation). Set synchronously in `beforeprint`, so what depends on it is re-rendered before the
 * browser lays out the paper.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => typeof window !== 'undefined' && window.matchMedia?.('print').matches === true);
  useEffect(() => {
    const query = window.matchMedia?.('print');
    const set = (value: boolean) => flushSync(() => setPrinting(value));
    const onBefore = () => set(true);
    const onAfter = () => set(false);
    const onChange = (event: MediaQueryListEvent) => setPrinting(event.matches);
    window.addEventListener('beforeprint', onBefore);
    window.addEventListener('afterprint', onAfter);
    query?.addEventListener?.('change', onChange);
    return () => {
      window.removeEventListener('beforeprint', onBefore);
      window.removeEventListener('afterprint', onAfter);
      query?.removeEventListener?.('change', onChange);
    };
  }, []);
  return printing;
}
