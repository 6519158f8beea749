import { useEffect, useId, useRef, useState } from 'react';
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
  const ids = {
    title: useId(),
    name: useId(),
    appId: useId(),
    secret: useId(),
    secretHint: useId(),
    apiBase: useId(),
    apiHint: useId(),
    proxy: useId(),
    proxyHint: useId(),
  };

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
      aria-labelledby={ids.title}
      onSubmit={(e) => void submit(e)}
      onKeyDown={onKeyDown}
      noValidate
    >
      <h2 className="panel-title" id={ids.title}>
        {t('form.title')}
      </h2>
      <p className="panel-intro">{t('form.intro')}</p>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={ids.name}>{t('form.name')}</label>
          <input
            ref={nameRef}
            id={ids.name}
            className="input"
            data-testid="account-name"
            value={name}
            maxLength={40}
            placeholder={t('form.namePlaceholder')}
            autoComplete="off"
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.appId}>{t('form.appId')}</label>
          <input
            id={ids.appId}
            className="input mono"
            data-testid="account-appid"
            value={appId}
            placeholder="wx0123456789abcdef"
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setAppId(e.target.value)}
          />
        </div>
        <div className="field field--wide">
          <label htmlFor={ids.secret}>{t('form.appSecret')}</label>
          <input
            id={ids.secret}
            className="input mono"
            type="password"
            data-testid="account-secret"
            value={appSecret}
            autoComplete="new-password"
            spellCheck={false}
            aria-describedby={ids.secretHint}
            onChange={(e) => setAppSecret(e.target.value)}
          />
          <p className="hint" id={ids.secretHint}>
            {t('form.secretHint')}
          </p>
        </div>
        <div className="field field--wide">
          <label htmlFor={ids.apiBase}>{t('form.apiBase')}</label>
          <input
            id={ids.apiBase}
            className="input mono"
            type="url"
            data-testid="account-apibase"
            value={apiBase}
            placeholder="https://api.weixin.qq.com"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={ids.apiHint}
            onChange={(e) => setApiBase(e.target.value)}
          />
          <p className="hint" id={ids.apiHint}>
            {t('form.apiBaseHint')}
          </p>
        </div>
        <div className="field field--wide">
          <label htmlFor={ids.proxy}>{t('account.editProxy')}</label>
          <input
            id={ids.proxy}
            className="input mono"
            data-testid="account-proxy"
            value={proxy}
            placeholder="http://user:password@127.0.0.1:8080"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={ids.proxyHint}
            onChange={(e) => setProxy(e.target.value)}
          />
          <p className="hint" id={ids.proxyHint}>
            {t('account.editProxyHint')}
          </p>
        </div>
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
