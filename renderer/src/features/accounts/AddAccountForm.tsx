import { useEffect, useId, useRef, useState } from 'react';
import { AccountField } from './AccountField';
import type { FormEvent, KeyboardEvent } from 'react';
import type { AccountSummary } from '@shared/models';
import { useT } from '../../i18n';
import { useAddAccount } from './api/use-accounts';

interface AddAccountFormProps {
  onSaved: (account: AccountSummary) => void;
  onCancel: () => void;
}

/**
 * Name, AppID, AppSecret and an optional relay base URL. Validation is the main process's job (the
 * contract's schema); its error, with details, shows in the error banner.
 */
export function AddAccountForm({ onSaved, onCancel }: AddAccountFormProps) {
  const t = useT();
  const { add, saving } = useAddAccount();
  const [name, setName] = useState('');
  const [appId, setAppId] = useState('');
  const [appSecret, setAppSecret] = useState('');
  const [apiBase, setApiBase] = useState('');
  const [proxy, setProxy] = useState('');
  const nameRef = useRef<HTMLInputElement>(null);
  const titleId = useId();

  useEffect(() => {
    nameRef.current?.focus();
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    const base = apiBase.trim();
    const via = proxy.trim();
    const saved = await add({
      name: name.trim(),
      appId: appId.trim(),
      appSecret: appSecret.trim(),
      ...(base ? { apiBase: base } : {}),
      ...(via ? { proxy: via } : {}),
    });
    if (saved) onSaved(saved);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Escape' && !saving) {
      e.preventDefault();
      onCancel();
    }
  };

  return (
    <form
      className="panel account-form"
      aria-labelledby={titleId}
      onSubmit={(e) => void submit(e)}
      onKeyDown={onKeyDown}
      noValidate
    >
      <h2 className="panel-title" id={titleId}>
        {t('form.title')}
      </h2>
      <p className="panel-intro">{t('form.intro')}</p>
      <div className="form-grid">
        <AccountField
          label={t('form.name')}
          value={name}
          onChange={setName}
          maxLength={40}
          placeholder={t('form.namePlaceholder')}
          testId="account-name"
          inputRef={nameRef}
        />
        <AccountField
          label={t('form.appId')}
          value={appId}
          onChange={setAppId}
          code
          placeholder="wx0123456789abcdef"
          testId="account-appid"
        />
        <AccountField
          label={t('form.appSecret')}
          value={appSecret}
          onChange={setAppSecret}
          code
          wide
          type="password"
          hint={t('form.secretHint')}
          testId="account-secret"
        />
        <AccountField
          label={t('form.apiBase')}
          value={apiBase}
          onChange={setApiBase}
          code
          wide
          type="url"
          placeholder="https://api.weixin.qq.com"
          hint={t('form.apiBaseHint')}
          testId="account-apibase"
        />
        <AccountField
          label={t('account.editProxy')}
          value={proxy}
          onChange={setProxy}
          code
          wide
          placeholder="http://user:password@127.0.0.1:8080"
          hint={t('account.editProxyHint')}
          testId="account-proxy"
        />
      </div>
      <div className="form-actions">
        <button type="button" className="btn" onClick={onCancel} disabled={saving}>
          {t('form.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" data-testid="account-save" disabled={saving}>
          {saving ? t('form.saving') : t('form.save')}
        </button>
      </div>
    </form>
  );
}
