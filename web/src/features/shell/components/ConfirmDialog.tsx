import { useId, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  /** While the confirmed action runs, its button is disabled so it cannot run twice. */
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before a destructive action. A native modal <dialog>: it traps focus, Escape cancels, and the page
 * behind it is inert. Rendered only while open; on closing, focus goes back to where it was (or to the main
 * content when that element is gone, e.g. the removed row's button).
 */
export function ConfirmDialog({ title, message, confirmLabel, busy = false, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const messageId = useId();

  useLayoutEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) element.showModal();
    return () => {
      element?.close();
      const target = opener?.isConnected ? opener : document.getElementById('main');
      target?.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="kern-dialog"
      aria-labelledby={titleId}
      aria-describedby={messageId}
      // Escape: let the parent unmount the dialog rather than the browser closing it behind React's back.
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <header className="kern-dialog__header">
        <h2 className="kern-title" id={titleId}>
          {title}
        </h2>
      </header>
      <section className="kern-dialog__body">
        <p className="kern-body" id={messageId}>
          {message}
        </p>
      </section>
      <footer className="kern-dialog__footer">
        {/* The harmless choice gets the focus first. */}
        <button type="button" className="kern-btn kern-btn--secondary" onClick={onCancel} disabled={busy} autoFocus>
          <span className="kern-label">{t('common.cancel')}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--primary" onClick={onConfirm} disabled={busy}>
          <span className="kern-label">{confirmLabel}</span>
        </button>
      </footer>
    </dialog>
  );
}
