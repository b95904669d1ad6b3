import { useCallback, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { overflowsHorizontally } from './data-table';

interface TableRegionProps {
  caption: string;
  /** The caption is read by screen readers and names the scroll region, but is not shown. */
  captionHidden?: boolean;
  /** Extra classes for the table, e.g. for column widths. */
  className?: string;
  /** The table's head, body and foot. */
  children: ReactNode;
}

/** Whether the element is wider than its box, kept current as the window or the content changes. */
function useOverflow() {
  const [overflowing, setOverflowing] = useState(false);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((element: HTMLDivElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element) return;
    const measure = () => setOverflowing(overflowsHorizontally(element.scrollWidth, element.clientWidth));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    observer.current = new ResizeObserver(measure);
    observer.current.observe(element);
    if (element.firstElementChild) observer.current.observe(element.firstElementChild);
  }, []);
  useLayoutEffect(() => () => observer.current?.disconnect(), []);
  return { ref, overflowing };
}

/**
 * A striped KERN table with its caption, inside a region that is focusable and named by the caption, so
 * keyboard users can scroll the table sideways on narrow screens (WCAG 2.1.1) and see the focus (2.4.7). While
 * the table is wider than the screen a visible hint says so, so a cut table is never taken for a whole one.
 * Tables are written with `DataTable`, which adds KERN's cell classes; this is its frame.
 */
export function TableRegion({ caption, captionHidden = false, className, children }: TableRegionProps) {
  const { t } = useTranslation();
  const captionId = useId();
  const hintId = useId();
  const { ref, overflowing } = useOverflow();
  return (
    <div className="data-table">
      {overflowing && (
        <p id={hintId} className="kern-body kern-body--small data-table__hint">
          {t('common.scrollHint')}
        </p>
      )}
      <div
        ref={ref}
        className="kern-table-responsive"
        role="region"
        aria-labelledby={captionId}
        aria-describedby={overflowing ? hintId : undefined}
        tabIndex={0}
      >
        <table className={`kern-table kern-table--striped${className ? ` ${className}` : ''}`}>
          <caption
            id={captionId}
            className={captionHidden ? 'portal-sr-only' : 'kern-body kern-body--muted portal-caption'}
          >
            {caption}
          </caption>
          {children}
        </table>
      </div>
    </div>
  );
}
