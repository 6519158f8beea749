/**
 * Asks, in the app's own dialog (components/ModalDialog.tsx), how pasted text that looks like Markdown
 * goes in: 粘贴为 Markdown or 粘贴为纯文本. Escape cancels the paste. `ask()` resolves the choice.
 */
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { ModalDialog } from '../../../components/ModalDialog';
import { useT } from '../../../i18n';

export type PasteChoice = 'markdown' | 'text' | null;

export function usePasteChoice(): { ask: () => Promise<PasteChoice>; dialog: ReactNode } {
  const t = useT();
  const [pending, setPending] = useState<((c: PasteChoice) => void) | null>(null);
  const markdownButton = useRef<HTMLButtonElement>(null);
  const ask = useCallback(
    () =>
      new Promise<PasteChoice>((resolve) => {
        setPending((previous: ((c: PasteChoice) => void) | null) => {
          previous?.(null);
          return resolve;
        });
      }),
    [],
  );
  const answer = (choice: PasteChoice) => {
    pending?.(choice);
    setPending(null);
  };
  const dialog = pending ? (
    <ModalDialog
      title={t('articles.md.paste.title')}
      testId="paste-markdown-dialog"
      describe
      initialFocus={markdownButton}
      onRequestClose={() => answer(null)}
      actions={
        <>
          <button type="button" className="btn" onClick={() => answer('text')}>
            {t('articles.md.paste.asText')}
          </button>
          <button ref={markdownButton} type="button" className="btn btn-primary" onClick={() => answer('markdown')}>
            {t('articles.md.paste.asMarkdown')}
          </button>
        </>
      }
    >
      {t('articles.md.paste.body')}
    </ModalDialog>
  ) : null;
  return { ask, dialog };
}
