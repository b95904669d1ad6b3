import { useId, type ReactNode } from 'react';

interface TableRegionProps {
  caption: string;
  /** Extra classes for the table, e.g. for column widths. */
  className?: string;
  /** The table's head and body. */
  children: ReactNode;
}

/**
 * A striped KERN table with its caption, inside a region that is focusable and named by the caption, so
 * keyboard users can scroll the table sideways on narrow screens (WCAG 2.1.1).
 */
export function TableRegion({ caption, className, children }: TableRegionProps) {
  const captionId = useId();
  return (
    <div className="kern-table-responsive" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={`kern-table kern-table--striped${className ? ` ${className}` : ''}`}>
        <caption id={captionId} className="kern-body kern-body--muted portal-caption">
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
