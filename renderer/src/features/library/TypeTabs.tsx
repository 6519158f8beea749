import { useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { LibraryKind, LibraryKindSummary } from '@shared/features/library.channels';
import { useT } from '../../i18n';
import { useFormat } from '../../i18n/format';
import { QUOTA, TABS, TYPE_LABEL } from './material-types';

interface TypeTabsProps {
  active: LibraryKind;
  counts: Record<LibraryKind, LibraryKindSummary> | undefined;
  panelId: string;
  onChange: (kind: LibraryKind) => void;
}

/** WAI-ARIA tabs (Left/Right/Home/End), each with its count from the index, plus the active kind's quota bar. */
export function TypeTabs({ active, counts, panelId, onChange }: TypeTabsProps) {
  const t = useT();
  const f = useFormat();
  const refs = useRef<Partial<Record<LibraryKind, HTMLButtonElement | null>>>({});

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = TABS.indexOf(active);
    const next =
      e.key === 'ArrowRight'
        ? TABS[(i + 1) % TABS.length]
        : e.key === 'ArrowLeft'
          ? TABS[(i - 1 + TABS.length) % TABS.length]
          : e.key === 'Home'
            ? TABS[0]
            : e.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined;
    if (!next) return;
    e.preventDefault();
    onChange(next);
    refs.current[next]?.focus();
  };

  const count = (kind: LibraryKind) => {
    const s = counts?.[kind];
    return s && s.syncedAt > 0 ? String(s.total) : '…';
  };
  const limit = QUOTA[active];
  const used = counts?.[active]?.total ?? 0;

  return (
    <div className="tabs-wrap">
      <div className="tabs" role="tablist" aria-label={t('tabs.label')} onKeyDown={onKeyDown}>
        {TABS.map((kind) => {
          const selected = kind === active;
          return (
            <button
              key={kind}
              ref={(el) => {
                refs.current[kind] = el;
              }}
              type="button"
              role="tab"
              id={`tab-${kind}`}
              className="tab"
              data-testid={`tab-${kind}`}
              aria-selected={selected}
              aria-controls={panelId}
              tabIndex={selected ? 0 : -1}
              onClick={() => onChange(kind)}
            >
              {t(TYPE_LABEL[kind])} <span className="tab-count">{count(kind)}</span>
            </button>
          );
        })}
      </div>
      {limit !== undefined && (
        <div className="quota" data-testid="quota">
          <progress className="quota-bar" max={limit} value={Math.min(used, limit)} />
          <span className="quota-text small">
            {t('library.quota', { used: f.number(used), limit: f.number(limit) })}
          </span>
        </div>
      )}
    </div>
  );
}
