import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { LibraryKind } from '@shared/features/library.channels';
import { useT } from '../../i18n';
import { libraryIndexChanged } from '../../lib/query/invalidation';
import { useRevealItem } from '../../lib/reveal-item';
import { useBulk } from './api/use-bulk';
import { useAllIds, useLibrarySummary, useLibrarySync } from './api/use-library-index';
import { useUpload } from './api/use-upload';
import { BulkBar } from './BulkBar';
import { LibraryDialogs } from './LibraryDialogs';
import { LIBRARY_PANEL_ID } from './library-focus';
import { LibraryPanel } from './LibraryPanel';
import { VoiceDurationsProvider } from './api/use-voice-durations';
import type { GridFocusRequest } from './MaterialGrid';
import { LibraryToolbar } from './LibraryToolbar';
import { UPLOAD_SPEC, isMaterialType } from './material-types';
import { PreviewPane } from './PreviewPane';
import { TypeTabs } from './TypeTabs';
import { UploadControl, UploadStatus } from './UploadControl';
import { useCurrentPage } from './use-current-page';
import { useItemSelection } from './use-item-selection';
import { useLibraryDialogs } from './use-library-dialogs';
import { useLibraryFilters } from './use-library-filters';
import { usePreviewTarget } from './use-preview-target';
import { useLibraryCommands } from '../shortcuts/use-library-commands';
import { useItemContextMenu } from '../context-menu/use-item-context-menu';
import './library.css';

/**
 * The library of one account, served from the local index: kind tabs with counts and quota, search
 * and filters, a paged grid or a virtualized list, selection with bulk actions, preview, upload.
 * State lives in small hooks by responsibility (filters and paging, selection, dialogs, preview);
 * server state in TanStack Query (api/).
 */
export function LibraryView({
  accountId,
  onOpenDraft,
}: {
  accountId: string;
  onOpenDraft?: (mediaId: string) => void;
}) {
  const t = useT();
  const client = useQueryClient();
  const nav = useLibraryFilters();
  const current = useCurrentPage(accountId, nav);
  const sync = useLibrarySync(accountId, nav.kind);
  const summary = useLibrarySummary(accountId);
  const selection = useItemSelection(current.items);
  const preview = usePreviewTarget();
  const dialogs = useLibraryDialogs();
  const bulk = useBulk(accountId);
  const allIds = useAllIds(accountId);
  const [gridFocus, setGridFocus] = useState<GridFocusRequest>();
  const focusGrid = (at: GridFocusRequest['at']) => setGridFocus((r) => ({ seq: (r?.seq ?? 0) + 1, at }));
  const closePreview = () => {
    // The opener is gone (its item was deleted): the grid's current card takes focus instead.
    if (!preview.close()) focusGrid('current');
  };
  const uploader = useUpload(accountId, () => {
    nav.setPage(0);
    void libraryIndexChanged(client, accountId);
  });

  const changeKind = (next: LibraryKind) => {
    if (!nav.changeKind(next)) return;
    selection.clear();
    preview.close();
    uploader.reset();
  };
  // "在素材库中查看" from an upload row: the item's tab, the newest first, then its card (lib/reveal-item.ts).
  useRevealItem(accountId, {
    kind: nav.kind,
    changeKind,
    showNewest: () => {
      nav.setFilters({ text: '', from: '', to: '', sort: 'date-desc' });
      nav.setView('pages');
    },
    items: current.items,
  });

  const onFiles = (files: File[]) => {
    const spec = isMaterialType(nav.kind) ? UPLOAD_SPEC[nav.kind] : undefined;
    if (spec) void uploader.upload(spec.type, files);
  };

  // Keys and the desktop menu (features/shortcuts), and the items' context menu (features/context-menu).
  useLibraryCommands({
    items: current.items,
    selected: selection.selected,
    selectPage: selection.selectAll,
    deleteSelection: dialogs.openBulkDelete,
    preview: preview.open,
    open: (item) => (item.kind === 'draft' && onOpenDraft ? onOpenDraft(item.mediaId) : preview.open(item)),
    sync: () => sync.sync('incremental'),
    backup: () => dialogs.askFolder('backup'),
  });
  const itemMenu = useItemContextMenu(accountId, (id) => current.items?.find((i) => i.mediaId === id), {
    onPreview: preview.open,
    onDownload: (item) => void bulk.download([item.mediaId]),
    onDelete: dialogs.askDelete,
    onWhereUsed: preview.open,
  });

  const names = new Map((current.items ?? []).map((i) => [i.mediaId, i.name || i.mediaId]));
  return (
    <section className={preview.target ? 'library library--preview' : 'library'} aria-label={t('tabs.label')}>
      <div className="library-toolbar">
        <TypeTabs active={nav.kind} counts={summary.data} panelId={LIBRARY_PANEL_ID} onChange={changeKind} />
        {isMaterialType(nav.kind) && (
          <UploadControl type={nav.kind} state={uploader.state} disabled={false} onFiles={onFiles} />
        )}
      </div>
      <UploadStatus
        state={uploader.state}
        onClose={uploader.reset}
        onResolve={(id, choice) => void uploader.resolveDuplicate(id, choice)}
      />
      <LibraryToolbar
        filters={nav.filters}
        onFilters={nav.setFilters}
        view={nav.view}
        onView={nav.setView}
        summary={summary.data?.[nav.kind]}
        syncing={sync.syncing}
        onSync={sync.sync}
        onBackup={() => dialogs.askFolder('backup')}
      />
      <BulkBar
        count={selection.selected.size}
        busy={bulk.busy !== null}
        progress={bulk.progress}
        onSelectAll={() => void allIds(nav.filter).then((ids) => ids && selection.selectAll(ids))}
        onClear={selection.clear}
        onDelete={dialogs.openBulkDelete}
        onDownload={() => dialogs.askFolder('download')}
        onBackup={() => dialogs.askFolder('backup-selection')}
      />
      <div className="library-body" onContextMenu={itemMenu.onContextMenu} onKeyDownCapture={itemMenu.onKeyDownCapture}>
        <VoiceDurationsProvider accountId={accountId} items={nav.kind === 'voice' ? current.items : undefined}>
          <LibraryPanel
            accountId={accountId}
            nav={nav}
            current={current}
            selection={selection}
            syncing={sync.syncing}
            downloading={bulk.busy === 'download' ? (bulk.target ?? null) : null}
            onOpen={preview.open}
            onOpenByDoubleClick={(item) => {
              selection.revertLastClick();
              preview.open(item);
            }}
            onDelete={dialogs.askDelete}
            onDownload={(item) => void bulk.download([item.mediaId])}
            // Delete with a selection deletes the selection (it lists what goes); else the focused card.
            onDeleteKey={(item) => (selection.selected.size > 0 ? dialogs.openBulkDelete() : dialogs.askDelete(item))}
            onPage={(page) => {
              nav.setPage(page);
              focusGrid('first');
            }}
            focusRequest={gridFocus}
          />
        </VoiceDurationsProvider>
        {preview.target && (
          <PreviewPane
            accountId={accountId}
            target={preview.target}
            onClose={closePreview}
            onOpenDraft={onOpenDraft}
            downloading={bulk.busy === 'download' && bulk.target === preview.target.mediaId}
            onDownload={(item) => void bulk.download([item.mediaId])}
            onDelete={dialogs.askDelete}
          />
        )}
      </div>
      {itemMenu.menu}
      <LibraryDialogs
        accountId={accountId}
        kind={nav.kind}
        dialogs={dialogs}
        bulk={bulk}
        selection={selection}
        names={names}
        onDeleted={(mediaIds) => {
          for (const id of mediaIds) preview.closeIf(id);
          focusGrid('current');
        }}
      />
    </section>
  );
}
