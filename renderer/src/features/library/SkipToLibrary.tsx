import type { MouseEvent } from 'react';
import { useT } from '../../i18n';
import { focusLibraryItems, LIBRARY_PANEL_ID } from './library-focus';

/**
 * "Skip to library": the first Tab stop of the window (App.tsx renders it first while the library is
 * shown), visible only when focused; it jumps over the header, the section tabs and the toolbars.
 */
export function SkipToLibrary() {
  const t = useT();
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (focusLibraryItems()) e.preventDefault();
  };
  return (
    <a className="skip-link" href={`#${LIBRARY_PANEL_ID}`} onClick={onClick}>
      {t('library.skipToItems')}
    </a>
  );
}
