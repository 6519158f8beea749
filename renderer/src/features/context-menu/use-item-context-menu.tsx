import { useState } from 'react';
import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import type { LibraryItem } from '@shared/features/library.channels';
import { useNotices } from '../../components/notices-context';
import { useT } from '../../i18n';
import { copyText } from '../../lib/clipboard';
import { displayName } from '../../lib/display-name';
import { useFetchItemUrl } from './api/use-item-url';
import { ContextMenu, type MenuEntry } from './ContextMenu';

export interface ItemMenuActions {
  onPreview: (item: LibraryItem) => void;
  onDownload: (item: LibraryItem) => void;
  onDelete: (item: LibraryItem) => void;
  /** 查看引用: the item's details (helper C's where-used list lives there); the preview pane for now. */
  onWhereUsed: (item: LibraryItem) => void;
}

/** Kinds whose details carry a URL worth copying (an image's mmbiz URL, a video's down_url). */
const HAS_URL = new Set<LibraryItem['kind']>(['image', 'video']);

/**
 * The library items' context menu, by event delegation on the element that holds the cards (any
 * element with `data-media-id` inside it): right-click, the Menu key or Shift+F10 on a card opens it.
 * `find` maps a media_id to the shown item; an unknown one keeps the browser's own menu.
 */
export function useItemContextMenu(
  accountId: string,
  find: (mediaId: string) => LibraryItem | undefined,
  actions: ItemMenuActions,
): { onContextMenu: (e: MouseEvent) => void; onKeyDownCapture: (e: KeyboardEvent) => void; menu: ReactNode } {
  const t = useT();
  const { showToast } = useNotices();
  const fetchUrl = useFetchItemUrl(accountId);
  const [open, setOpen] = useState<{ item: LibraryItem; at: { x: number; y: number } } | null>(null);

  const cardOf = (target: EventTarget | null): { el: HTMLElement; item: LibraryItem } | null => {
    const el = target instanceof Element ? target.closest<HTMLElement>('[data-media-id]') : null;
    const item = el?.dataset.mediaId ? find(el.dataset.mediaId) : undefined;
    return el && item ? { el, item } : null;
  };

  const onContextMenu = (e: MouseEvent) => {
    const card = cardOf(e.target);
    if (!card) return;
    e.preventDefault();
    // Focus the card first: the menu hands focus back to it when it closes.
    if (card.el.tabIndex >= 0 || card.el.getAttribute('role') === 'gridcell') card.el.focus({ preventScroll: true });
    setOpen({ item: card.item, at: { x: e.clientX, y: e.clientY } });
  };

  const onKeyDownCapture = (e: KeyboardEvent) => {
    const isMenuKey = e.key === 'ContextMenu' || (e.shiftKey && e.key === 'F10');
    if (!isMenuKey) return;
    // Only on a card itself (the grid's roving focus), not on a control inside it.
    const card = cardOf(e.target);
    if (!card || card.el !== e.target) return;
    e.preventDefault();
    e.stopPropagation();
    const r = card.el.getBoundingClientRect();
    setOpen({ item: card.item, at: { x: r.left + 16, y: r.top + 24 } });
  };

  const copy = (text: string | null, done: string) => {
    if (!text) return showToast(t('contextMenu.noUrl'));
    void copyText(text).then((copied) => showToast(copied ? done : t('contextMenu.copyFailed')));
  };

  let menu: ReactNode = null;
  if (open) {
    const { item } = open;
    const entries: MenuEntry[] = [
      { id: 'preview', label: t('contextMenu.preview'), onSelect: () => actions.onPreview(item) },
      { id: 'download', label: t('contextMenu.download'), onSelect: () => actions.onDownload(item) },
      {
        id: 'copy-media-id',
        label: t('contextMenu.copyMediaId'),
        separatorBefore: true,
        onSelect: () => copy(item.mediaId, t('contextMenu.copiedMediaId')),
      },
      ...(HAS_URL.has(item.kind)
        ? [
            {
              id: 'copy-url',
              label: t('contextMenu.copyUrl'),
              onSelect: () => void fetchUrl(item).then((url) => copy(url, t('contextMenu.copiedUrl'))),
            },
          ]
        : []),
      { id: 'where-used', label: t('contextMenu.whereUsed'), onSelect: () => actions.onWhereUsed(item) },
      {
        id: 'delete',
        label: t('contextMenu.delete'),
        danger: true,
        separatorBefore: true,
        onSelect: () => actions.onDelete(item),
      },
    ];
    menu = (
      <ContextMenu
        label={t('contextMenu.label', { name: displayName(item.name) || t('card.untitled') })}
        at={open.at}
        entries={entries}
        onClose={() => setOpen(null)}
      />
    );
  }
  return { onContextMenu, onKeyDownCapture, menu };
}
