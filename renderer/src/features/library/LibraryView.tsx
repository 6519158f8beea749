import { useCallback, useId, useMemo, useState } from 'react';
import type { MouseEvent } from 'react';
import type { LibraryItem, LibraryKind } from '../../../../electron/shared/features/library.channels';
import { useT } from '../../i18n';
import { PAGE_SIZE, useDeleteMaterial, useDownloadMaterial } from './api/use-library';
import {
  fetchAllIds,
  useIndexVersion,
  useLibraryQuery,
  useLibrarySummary,
  useLibrarySync,
} from './api/use-library-index';
import { useBulk } from './api/use-bulk';
import { useUpload } from './api/use-upload';
import { BulkBar } from './BulkBar';
import { BulkDeleteDialog } from './BulkDeleteDialog';
import { DeleteOneDialog } from './DeleteOneDialog';
import { LoadError } from './EmptyState';
import { FolderDialog } from './FolderDialog';
import { LibraryToolbar } from './LibraryToolbar';
import { dayToUnix, type Filters, type ViewMode } from './filters';
import { MaterialGrid } from './MaterialGrid';
import { Pager } from './Pager';
import { PreviewPane } from './PreviewPane';
import { UPLOAD_SPEC, asMaterial, isMaterialType } from './material-types';
import { TypeTabs } from './TypeTabs';
import { UploadControl, UploadStatus } from './UploadControl';
import { useSelection } from './use-selection';
import { VirtualGrid } from './VirtualGrid';
import { VirtualList } from './VirtualList';
import './library.css';

type FolderPurpose = 'download' | 'backup' | 'backup-selection';

const NO_FILTERS: Filters = { text: '', from: '', to: '', sort: 'date-desc' };

/**
 * The library of one account, served from the local index: kind tabs with counts and quota, search
 * and filters, a paged grid or a virtualized list, selection with bulk actions, preview, upload.
 */
export function LibraryView({
  accountId,
  onOpenDraft,
}: {
  accountId: string;
  onOpenDraft?: (mediaId: string) => void;
}) {
  const t = useT();
  const panelId = useId();
  const [kind, setKind] = useState<LibraryKind>('image');
  const [page, setPage] = useState(0);
  const [filters, setFiltersState] = useState<Filters>(NO_FILTERS);
  const [view, setView] = useState<ViewMode>('pages');
  const [preview, setPreview] = useState<{ kind: LibraryKind; mediaId: string } | null>(null);
  const [pendingDelete, setPendingDelete] = useState<LibraryItem | null>(null);
  const [bulkDeleteOpen, setBulkDeleteOpen] = useState(false);
  const [folderFor, setFolderFor] = useState<FolderPurpose | null>(null);

  const [version, bump] = useIndexVersion(accountId);
  const sync = useLibrarySync(accountId, kind, bump);
  const summary = useLibrarySummary(accountId, version);
  const selection = useSelection();
  const bulk = useBulk(accountId, bump);
  const { remove, deleting } = useDeleteMaterial();
  const { download, downloading } = useDownloadMaterial();
  const uploader = useUpload();

  const base = useMemo(
    () => ({
      kind,
      text: filters.text,
      from: dayToUnix(filters.from, false),
      to: dayToUnix(filters.to, true),
      sort: filters.sort,
    }),
    [kind, filters],
  );
  const filtered = filters.text.trim() !== '' || filters.from !== '' || filters.to !== '';
  const current = useLibraryQuery(accountId, { ...base, offset: page * PAGE_SIZE, limit: PAGE_SIZE }, version);
  const data = current.data ?? current.last?.data;
  // While another page of the same kind loads, keep showing the previous one (dimmed) instead of a skeleton.
  const lastKind = current.last ? (JSON.parse(current.last.key) as [string, { kind: LibraryKind }])[1].kind : null;
  const items = current.data?.items ?? (lastKind === kind ? current.last?.data.items : undefined);

  // A delete can shrink the result under the current page: step back to the last page (adjusting state while rendering).
  const total = current.data?.total;
  if (total !== undefined && page > 0 && page * PAGE_SIZE >= total)
    setPage(Math.max(0, Math.ceil(total / PAGE_SIZE) - 1));

  const setFilters = (f: Filters) => {
    setFiltersState(f);
    setPage(0);
  };
  const changeKind = (next: LibraryKind) => {
    if (next === kind) return;
    setKind(next);
    setPage(0);
    selection.clear();
    setPreview(null);
    uploader.reset();
  };

  const visibleIds = useMemo(() => (items ?? []).map((i) => i.mediaId), [items]);
  const onSelect = useCallback(
    (item: LibraryItem, e: MouseEvent, ids: readonly string[] = visibleIds) =>
      selection.click(item.mediaId, ids, { shiftKey: e.shiftKey, ctrlKey: e.ctrlKey, metaKey: e.metaKey }),
    [selection, visibleIds],
  );
  const onToggle = useCallback(
    (item: LibraryItem) =>
      selection.click(item.mediaId, visibleIds, { shiftKey: false, ctrlKey: true, metaKey: false }),
    [selection, visibleIds],
  );
  const onOpen = useCallback((item: LibraryItem) => setPreview({ kind: item.kind, mediaId: item.mediaId }), []);

  const onFiles = async (files: File[]) => {
    if (!isMaterialType(kind)) return;
    const spec = UPLOAD_SPEC[kind];
    if (!spec) return;
    const results = await uploader.upload(accountId, spec.type, files);
    if (results && results.some((r) => r.item)) {
      setPage(0);
      bump();
    }
  };

  const confirmDelete = async () => {
    if (!pendingDelete) return;
    const item = pendingDelete;
    const ok = isMaterialType(item.kind)
      ? await remove(accountId, asMaterial(item))
      : await bulk.remove(item.kind, [item.mediaId]);
    setPendingDelete(null);
    if (ok && preview?.mediaId === item.mediaId) setPreview(null);
    bump();
  };

  const onDownloadOne = (item: LibraryItem) => {
    if (item.kind === 'image' || item.kind === 'voice') void download(accountId, asMaterial(item));
    else void bulk.download([item.mediaId]);
  };

  const selectedIds = [...selection.selected];
  const onFolder = async (folder: string) => {
    const purpose = folderFor;
    setFolderFor(null);
    if (purpose === 'download') await bulk.download(selectedIds, folder || undefined);
    else if (purpose === 'backup-selection') await bulk.backup(folder, selectedIds);
    else if (purpose === 'backup') await bulk.backup(folder);
  };

  const virtualProps = {
    accountId,
    params: base,
    version,
    filtered,
    selected: selection.selected,
    onSelect,
    onOpen,
    onToggle,
  };
  const names = new Map((items ?? []).map((i) => [i.mediaId, i.name || i.mediaId]));
  return (
    <section className={preview ? 'library library--preview' : 'library'} aria-label={t('tabs.label')}>
      <div className="library-toolbar">
        <TypeTabs active={kind} counts={summary.data ?? summary.last?.data} panelId={panelId} onChange={changeKind} />
        {isMaterialType(kind) && (
          <UploadControl type={kind} state={uploader.state} disabled={false} onFiles={(files) => void onFiles(files)} />
        )}
      </div>
      <UploadStatus state={uploader.state} onClose={uploader.reset} />
      <LibraryToolbar
        filters={filters}
        onFilters={setFilters}
        view={view}
        onView={setView}
        summary={(summary.data ?? summary.last?.data)?.[kind]}
        syncing={sync.syncing}
        onSync={(mode) => void sync.sync(mode)}
        onBackup={() => setFolderFor('backup')}
      />
      <BulkBar
        count={selection.selected.size}
        busy={bulk.busy !== null}
        progress={bulk.progress}
        onSelectAll={() =>
          void fetchAllIds(accountId, { ...base, offset: 0, limit: 1 }).then((ids) => ids && selection.selectAll(ids))
        }
        onClear={selection.clear}
        onDelete={() => setBulkDeleteOpen(true)}
        onDownload={() => setFolderFor('download')}
        onBackup={() => setFolderFor('backup-selection')}
      />
      <div className="library-body">
        <div className="library-panel" id={panelId} role="tabpanel" aria-labelledby={`tab-${kind}`}>
          {!data && current.error ? (
            <LoadError onRetry={current.reload} />
          ) : view === 'list' ? (
            <VirtualList {...virtualProps} />
          ) : view === 'grid' ? (
            <VirtualGrid {...virtualProps} />
          ) : (
            <>
              <MaterialGrid
                accountId={accountId}
                kind={kind}
                items={sync.syncing && items?.length === 0 ? undefined : items}
                filtered={filtered}
                stale={current.data === undefined && items !== undefined}
                selected={selection.selected}
                downloading={downloading}
                onSelect={onSelect}
                onOpen={onOpen}
                onToggle={onToggle}
                onDelete={setPendingDelete}
                onDownload={onDownloadOne}
                onDeleteKey={() => selection.selected.size > 0 && setBulkDeleteOpen(true)}
              />
              {data && data.total > 0 && <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onPage={setPage} />}
            </>
          )}
        </div>
        {preview && (
          <PreviewPane
            accountId={accountId}
            target={preview}
            onClose={() => setPreview(null)}
            onOpenDraft={onOpenDraft}
          />
        )}
      </div>
      {pendingDelete && (
        <DeleteOneDialog
          item={pendingDelete}
          busy={deleting || bulk.busy !== null}
          onCancel={() => setPendingDelete(null)}
          onConfirm={() => void confirmDelete()}
        />
      )}
      {bulkDeleteOpen && (
        <BulkDeleteDialog
          ids={selectedIds}
          names={names}
          busy={bulk.busy !== null}
          onCancel={() => setBulkDeleteOpen(false)}
          onConfirm={() =>
            void bulk.remove(kind, selectedIds).then(() => {
              setBulkDeleteOpen(false);
              selection.clear();
            })
          }
        />
      )}
      {folderFor && (
        <FolderDialog
          required={folderFor !== 'download'}
          busy={bulk.busy !== null}
          onCancel={() => setFolderFor(null)}
          onConfirm={(folder) => void onFolder(folder)}
        />
      )}
    </section>
  );
}
