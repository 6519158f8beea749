import { useId, useState } from 'react';
import type { MaterialItem, MaterialType } from '../../../../electron/shared/models';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useT } from '../../i18n';
import {
  PAGE_SIZE,
  useDeleteMaterial,
  useDownloadMaterial,
  useMaterialCounts,
  useMaterialPage,
} from './api/use-library';
import { useUpload } from './api/use-upload';
import { MaterialGrid } from './MaterialGrid';
import { Pager } from './Pager';
import { UPLOAD_SPEC } from './material-types';
import { TypeTabs } from './TypeTabs';
import { UploadControl, UploadStatus } from './UploadControl';

/** The library of one account: type tabs, the current page of cards, paging, upload, delete, download. */
export function LibraryView({
  accountId,
  onOpenDraft,
}: {
  accountId: string;
  onOpenDraft?: (mediaId: string) => void;
}) {
  void onOpenDraft; // the drafts view (issue 3) opens a draft in the article editor through this
  const t = useT();
  const panelId = useId();
  const [type, setType] = useState<MaterialType>('image');
  const [page, setPage] = useState(0);
  const [pendingDelete, setPendingDelete] = useState<MaterialItem | null>(null);

  const counts = useMaterialCounts(accountId);
  const current = useMaterialPage(accountId, type, page);
  const { remove, deleting } = useDeleteMaterial();
  const { download, downloading } = useDownloadMaterial();
  const uploader = useUpload();

  const changeType = (next: MaterialType) => {
    if (next === type) return;
    setType(next);
    setPage(0);
    uploader.reset();
  };

  const onFiles = async (files: File[]) => {
    const spec = UPLOAD_SPEC[type];
    if (!spec) return;
    const results = await uploader.upload(accountId, spec.type, files);
    if (results && results.some((r) => r.item)) {
      counts.reload();
      setPage(0);
      current.reload();
    }
  };

  const confirmDelete = async () => {
    if (!pendingDelete) return;
    const item = pendingDelete;
    const ok = await remove(accountId, item);
    setPendingDelete(null);
    if (!ok) return;
    counts.reload();
    // The last card of a later page: step back instead of showing an empty page.
    if (page > 0 && current.data && current.data.items.length <= 1) setPage(page - 1);
    else current.reload();
  };

  const data = current.data ?? current.placeholder;
  return (
    <section className="library" aria-label={t('tabs.label')}>
      <div className="library-toolbar">
        <TypeTabs active={type} counts={counts.data} panelId={panelId} onChange={changeType} />
        <UploadControl type={type} state={uploader.state} disabled={false} onFiles={(files) => void onFiles(files)} />
      </div>
      <UploadStatus state={uploader.state} onClose={uploader.reset} />
      <div className="library-panel" id={panelId} role="tabpanel" aria-labelledby={`tab-${type}`}>
        {!data && current.error ? (
          <div className="empty" data-testid="material-load-error">
            <p className="empty-title">{t('library.loadFailed')}</p>
            <button type="button" className="btn" onClick={current.reload}>
              {t('library.retry')}
            </button>
          </div>
        ) : (
          <MaterialGrid
            accountId={accountId}
            type={type}
            items={data?.items}
            stale={current.placeholder !== undefined}
            downloading={downloading}
            onDelete={setPendingDelete}
            onDownload={(item) => void download(accountId, item)}
          />
        )}
        {data && data.total > 0 && (
          <Pager page={page} pageSize={data.pageSize || PAGE_SIZE} total={data.total} onPage={setPage} />
        )}
      </div>
      {pendingDelete && (
        <ConfirmDialog
          title={t('delete.title')}
          confirmLabel={t('delete.ok')}
          danger
          busy={deleting}
          onCancel={() => setPendingDelete(null)}
          onConfirm={() => void confirmDelete()}
        >
          <p>{t('delete.body', { name: pendingDelete.name || pendingDelete.mediaId })}</p>
          <p className="mono small">{pendingDelete.mediaId}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
