import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { ModalDialog } from './ModalDialog';

interface ConfirmDialogProps {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  /** Styles the confirm button as destructive. */
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Modal confirmation (ModalDialog): focus starts on Cancel, the safe choice, or on an element of the body
 * marked `data-autofocus`; Escape cancels unless busy; focus returns to where it was.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  danger,
  busy,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const t = useT();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const cancelState = useRef({ busy, onCancel });
  useEffect(() => {
    cancelState.current = { busy, onCancel };
  });

  return (
    <ModalDialog
      title={title}
      testId="confirm-dialog"
      describe
      initialFocus={cancelRef}
      onRequestClose={() => {
        if (!cancelState.current.busy) cancelState.current.onCancel();
      }}
      actions={
        <>
          <button
            ref={cancelRef}
            type="button"
            className="btn"
            data-testid="confirm-cancel"
            onClick={onCancel}
            disabled={busy}
          >
            {t('dialog.cancel')}
          </button>
          <button
            type="button"
            className={danger ? 'btn btn-danger' : 'btn btn-primary'}
            data-testid="confirm-ok"
            onClick={onConfirm}
            disabled={busy}
          >
            {confirmLabel}
          </button>
        </>
      }
    >
      {children}
    </ModalDialog>
  );
}
