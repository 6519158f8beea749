import { useEffect, useId, useRef } from 'react';
import type { KeyboardEvent, ReactNode, RefObject, SyntheticEvent } from 'react';

interface ModalDialogProps {
  title: ReactNode;
  /** Extra class beside `modal`. */
  className?: string;
  testId: string;
  /** Escape or the browser's close request; the parent decides (and unmounts the dialog to close it). */
  onRequestClose: () => void;
  /** First focus when no element of the dialog is marked `data-autofocus` (usually the safe button). */
  initialFocus?: RefObject<HTMLElement | null>;
  /** The body's content; it also describes the dialog (aria-describedby) when `describe` is set. */
  children: ReactNode;
  describe?: boolean;
  /** The button row. */
  actions: ReactNode;
  /** Rendered inside the dialog after the buttons (a nested confirmation, so it stays in the top layer). */
  after?: ReactNode;
}

/**
 * Every modal of the app, on the native `<dialog>` opened with `showModal()`: the browser makes the rest of
 * the page inert (Tab and the screen reader stay inside) and puts it above everything. Focus starts on an
 * element marked `data-autofocus`, else on `initialFocus`; Escape asks the parent to close; focus returns
 * to where it was when the dialog closes (issue 10, "Esc closes the preview pane and every dialog").
 */
export function ModalDialog({
  title,
  className,
  testId,
  onRequestClose,
  initialFocus,
  children,
  describe,
  actions,
  after,
}: ModalDialogProps) {
  const titleId = useId();
  const bodyId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onRequestClose);
  useEffect(() => {
    onCloseRef.current = onRequestClose;
  });

  useEffect(() => {
    const dialog = dialogRef.current;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    (dialog?.querySelector<HTMLElement>('[data-autofocus]') ?? initialFocus?.current)?.focus();
    return () => {
      if (dialog?.open) dialog.close();
      if (previous?.isConnected) previous.focus();
    };
    // Mount only: focus moves in once and back once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const requestClose = (e: SyntheticEvent) => {
    // The parent unmounts the dialog; never let the browser close it behind React's back, and never let
    // another Escape listener (the library's preview pane) see this Escape too.
    e.preventDefault();
    e.stopPropagation();
    onCloseRef.current();
  };

  return (
    <dialog
      ref={dialogRef}
      className={className ? `modal ${className}` : 'modal'}
      // Implicit on <dialog>; spelled out for tests and tools that read the attribute.
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={describe ? bodyId : undefined}
      data-testid={testId}
      // `cancel`: the browser's close request (Escape when focus is on the backdrop, Android back).
      onCancel={requestClose}
      onKeyDown={(e: KeyboardEvent<HTMLDialogElement>) => e.key === 'Escape' && requestClose(e)}
    >
      <h2 className="modal-title" id={titleId}>
        {title}
      </h2>
      <div className="modal-body" id={bodyId}>
        {children}
      </div>
      <div className="modal-actions">{actions}</div>
      {after}
    </dialog>
  );
}
