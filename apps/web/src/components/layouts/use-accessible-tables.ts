import { useEffect } from 'react';

const SCROLLERS = '.ant-table-content, .ant-table-body';
const MARK = 'data-gb-scroll-region';

/**
 * Keyboard access to antd's tables on every screen (issue #14; axe: scrollable-region-focusable,
 * aria-hidden-focus): a table body that scrolls sideways (a phone, a wide table) becomes a named,
 * focusable region the arrow keys scroll, and stops being one when it fits again; the hidden row
 * antd renders to measure column widths (a copy of the header, "select all" checkbox included) is
 * made inert so Tab never lands on a control nobody sees.
 */
export function useAccessibleTables(label: string): void {
  useEffect(() => {
    let frame = 0;
    const scan = () => {
      frame = 0;
      for (const row of document.querySelectorAll('.ant-table-measure-row:not([inert])')) row.setAttribute('inert', '');
      for (const scroller of document.querySelectorAll<HTMLElement>(SCROLLERS)) {
        // A table starts or stops scrolling when its box or its content's width changes, which
        // need not come with a DOM mutation (styles and fonts arriving, the window's width).
        resizes.observe(scroller);
        if (scroller.firstElementChild) resizes.observe(scroller.firstElementChild);
        const scrolls = scroller.scrollWidth > scroller.clientWidth + 1 || scroller.scrollHeight > scroller.clientHeight + 1;
        if (scrolls && !scroller.hasAttribute('tabindex')) {
          const caption = scroller.querySelector('caption')?.textContent?.trim();
          scroller.setAttribute(MARK, '');
          scroller.tabIndex = 0;
          scroller.setAttribute('role', 'region');
          scroller.setAttribute('aria-label', caption ? `${caption} — ${label}` : label);
        } else if (!scrolls && scroller.hasAttribute(MARK)) {
          scroller.removeAttribute(MARK);
          scroller.removeAttribute('tabindex');
          scroller.removeAttribute('role');
          scroller.removeAttribute('aria-label');
        }
      }
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(scan);
    };
    const resizes = new ResizeObserver(schedule);
    const observer = new MutationObserver(schedule);
    observer.observe(document.body, { childList: true, subtree: true });
    window.addEventListener('resize', schedule);
    schedule();
    return () => {
      resizes.disconnect();
      observer.disconnect();
      window.removeEventListener('resize', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [label]);
}
