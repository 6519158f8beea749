import { useState } from 'react';
import { ListPager } from '../lists/ListPager';
import { useT } from '../../../i18n';
import { thumbUrl } from '../../../lib/thumb';
import { INDEX_PAGE_SIZE, useIndexPage } from '../api/use-index-page';

/** A page of the library's permanent images to choose a cover from (thumbnails via /thumb/). */
export function LibraryImagePicker({ accountId, onPick }: { accountId: string; onPick: (mediaId: string) => void }) {
  const t = useT();
  const [page, setPage] = useState(0);
  const data = useIndexPage(accountId, 'image', page);
  return (
    <div className="cover-library" data-testid="cover-library">
      {!data && <p className="hint">{t('articles.loading')}</p>}
      <div className="cover-grid">
        {data?.items.map((item) => (
          <button
            key={item.mediaId}
            type="button"
            className="cover-choice"
            data-testid="cover-choice"
            data-media-id={item.mediaId}
            title={item.name}
            onClick={() => onPick(item.mediaId)}
          >
            {item.hasThumb ? (
              <img src={thumbUrl(accountId, item.mediaId)} alt={item.name} loading="lazy" />
            ) : (
              <span>{item.name}</span>
            )}
          </button>
        ))}
      </div>
      {data && <ListPager page={page} total={data.total} pageSize={INDEX_PAGE_SIZE} onPage={setPage} />}
    </div>
  );
}
