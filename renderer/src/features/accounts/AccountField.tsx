import { useId, type ReactNode, type Ref } from 'react';

/**
 * One labelled text field of the account forms (AddAccountForm, EditAccountForm): label, input and an
 * optional hint tied to it with aria-describedby. Codes (AppID, secret, URLs) are monospaced and never
 * spell-checked.
 */
interface AccountFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  /** AppID, secret, URLs: monospaced, no spell check. */
  code?: boolean;
  wide?: boolean;
  type?: 'text' | 'password' | 'url';
  placeholder?: string;
  maxLength?: number;
  testId?: string;
  inputRef?: Ref<HTMLInputElement>;
}

export function AccountField({ inputRef, ...props }: AccountFieldProps) {
  const id = useId();
  const hintId = useId();
  return (
    <div className={props.wide ? 'field field--wide' : 'field'}>
      <label htmlFor={id}>{props.label}</label>
      <input
        ref={inputRef}
        id={id}
        className={props.code ? 'input mono' : 'input'}
        type={props.type ?? 'text'}
        data-testid={props.testId}
        value={props.value}
        maxLength={props.maxLength}
        placeholder={props.placeholder}
        autoComplete={props.type === 'password' ? 'new-password' : 'off'}
        spellCheck={props.code ? false : undefined}
        aria-describedby={props.hint ? hintId : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.hint && (
        <p className="hint" id={hintId}>
          {props.hint}
        </p>
      )}
    </div>
  );
}
