import { useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { MaterialCounts, MaterialType } from '../../../../electron/shared/models';
import { useT } from '../../i18n';
import { TABS, TYPE_LABEL } from './material-types';

interface TypeTabsProps {
  active: MaterialType;
  counts: MaterialCounts | undefined;
  panelId: string;
  onChange: (type: MaterialType) => void;
}

/** WAI-ARIA tabs: Left/Right/Home/End move between tabs. */
export function TypeTabs({ active, counts, panelId, onChange }: TypeTabsProps) {
  const t = useT();
  const refs = useRef<Partial<Record<MaterialType, HTMLButtonElement | null>>>({});

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

  return (
    <div className="tabs" role="tablist" aria-label={t('tabs.label')} onKeyDown={onKeyDown}>
      {TABS.map((type) => {
        const selected = type === active;
        return (
          <button
            key={type}
            ref={(el) => {
              refs.current[type] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${type}`}
            className="tab"
            data-testid={`tab-${type}`}
            aria-selected={selected}
            aria-controls={panelId}
            tabIndex={selected ? 0 : -1}
            onClick={() => onChange(type)}
          >
            {t(TYPE_LABEL[type])} <span className="tab-count">{counts ? counts[type] : '…'}</span>
          </button>
        );
      })}
    </div>
  );
}
