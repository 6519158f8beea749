import { useId, useState } from 'react';
import { useT } from '../../i18n';
import { parseDay } from './filters';

interface DateFieldProps {
  label: string;
  /** yyyy-mm-dd or ''. */
  value: string;
  onChange: (day: string) => void;
  testId: string;
}

/**
 * One bound of the date filter as one text field, so it is one Tab stop (Chromium's
 * <input type=date> is four: year, month, day and the picker). A complete date filters at once while
 * typing; anything else is checked when leaving the field or on Enter, and said next to it.
 */
export function DateField({ label, value, onChange, testId }: DateFieldProps) {
  const t = useT();
  const errorId = useId();
  const [draft, setDraft] = useState(value);
  const [invalid, setInvalid] = useState(false);
  // Follows changes made elsewhere (filters cleared): adjusting state while rendering.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setDraft(value);
    setInvalid(false);
  }

  const commit = (text: string, final: boolean) => {
    const day = parseDay(text);
    if (day === null) {
      if (final) setInvalid(true);
      return;
    }
    setInvalid(false);
    if (final) setDraft(day);
    if (day !== value) {
      setShown(day);
      onChange(day);
    }
  };

  return (
    <span className="date-field">
      <label className="small">
        {label}{' '}
        <input
          type="text"
          inputMode="numeric"
          className="input input-date"
          data-testid={testId}
          value={draft}
          maxLength={10}
          placeholder={t('library.datePlaceholder')}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            commit(e.target.value, false);
          }}
          onBlur={(e) => commit(e.target.value, true)}
          onKeyDown={(e) => e.key === 'Enter' && commit(e.currentTarget.value, true)}
        />
      </label>
      {invalid && (
        <span className="date-error small" id={errorId} role="alert">
          {t('library.dateInvalid')}
        </span>
      )}
    </span>
  );
}
