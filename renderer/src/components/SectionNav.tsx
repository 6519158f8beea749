import { useT } from '../i18n';
import { SECTIONS, type Section } from './sections';

/** The app's top-level sections: library, uploads & temporary media, articles & drafts. */
export function SectionNav({ active, onChange }: { active: Section; onChange: (s: Section) => void }) {
  const t = useT();
  return (
    <nav className="section-nav" aria-label="SucaiDesk">
      {SECTIONS.map((s) => (
        <button
          key={s}
          type="button"
          className={s === active ? 'section-link section-link--active' : 'section-link'}
          aria-current={s === active ? 'page' : undefined}
          data-testid={`nav-${s}`}
          onClick={() => onChange(s)}
        >
          {t(`nav.${s}`)}
        </button>
      ))}
    </nav>
  );
}
