import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { Req } from '@shared/contract';
import type { AccountSummary } from '@shared/models';
import { useT } from '../../i18n';
import { useUpdateAccount } from './api/use-accounts';

interface EditAccountFormProps {
  account: AccountSummary;
  onSaved: (account: AccountSummary) => void;
}

/**
 * 修改账号, inside 账号设置: name, AppID and AppSecret (empty = keep), API base and proxy. Only what changed
 * is sent (accounts:update); validation is the contract's, as for adding, and its error shows in the
 * banner. The proxy field shows the saved address without its password; a changed address is sent whole.
 */
export function EditAccountForm({ account, onSaved }: EditAccountFormProps) {
  const t = useT();
  const { update, saving } = useUpdateAccount();
  const initial = { name: account.name, apiBase: account.apiBase ?? '', proxy: account.proxy?.url ?? '' };
  const [name, setName] = useState(initial.name);
  const [appId, setAppId] = useState('');
  const [appSecret, setAppSecret] = useState('');
  const [apiBase, setApiBase] = useState(initial.apiBase);
  const [proxy, setProxy] = useState(initial.proxy);
  const [saved, setSaved] = useState(false);
  const ids = {
    title: useId(),
    name: useId(),
    appId: useId(),
    secret: useId(),
    apiBase: useId(),
    proxy: useId(),
    proxyHint: useId(),
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    const req: Req<'accounts:update'> = { accountId: account.id };
    if (name.trim() !== initial.name) req.name = name.trim();
    if (appId.trim()) req.appId = appId.trim();
    if (appSecret.trim()) req.appSecret = appSecret.trim();
    if (apiBase.trim() !== initial.apiBase) req.apiBase = apiBase.trim() || null;
    if (proxy.trim() !== initial.proxy) req.proxy = proxy.trim() || null;
    setSaved(false);
    const result = await update(req);
    if (!result) return;
    // The fields now show what was saved; a typed proxy password leaves the screen with the save.
    setName(result.name);
    setAppId('');
    setAppSecret('');
    setApiBase(result.apiBase ?? '');
    setProxy(result.proxy?.url ?? '');
    setSaved(true);
    onSaved(result);
  };

  return (
    <form className="account-edit" aria-labelledby={ids.title} onSubmit={(e) => void submit(e)} noValidate>
      <h3 id={ids.title}>{t('account.editTitle')}</h3>
      <p className="hint">{t('account.editIntro')}</p>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={ids.name}>{t('form.name')}</label>
          <input
            id={ids.name}
            className="input"
            value={name}
            maxLength={40}
            autoComplete="off"
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.appId}>{t('account.editAppId', { masked: account.appIdMasked })}</label>
          <input
            id={ids.appId}
            className="input mono"
            value={appId}
            placeholder="wx0123456789abcdef"
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setAppId(e.target.value)}
          />
        </div>
        <div className="field field--wide">
          <label htmlFor={ids.secret}>{t('account.editSecret')}</label>
          <input
            id={ids.secret}
            className="input mono"
            type="password"
            value={appSecret}
            autoComplete="new-password"
            spellCheck={false}
            onChange={(e) => setAppSecret(e.target.value)}
          />
        </div>
        <div className="field field--wide">
          <label htmlFor={ids.apiBase}>{t('form.apiBase')}</label>
          <input
            id={ids.apiBase}
            className="input mono"
            type="url"
            value={apiBase}
            placeholder="https://api.weixin.qq.com"
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setApiBase(e.target.value)}
          />
        </div>
        <div className="field field--wide">
          <label htmlFor={ids.proxy}>{t('account.editProxy')}</label>
          <input
            id={ids.proxy}
            className="input mono"
            value={proxy}
            placeholder="http://user:password@127.0.0.1:8080"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={ids.proxyHint}
            onChange={(e) => setProxy(e.target.value)}
          />
          <p className="hint" id={ids.proxyHint}>
            {t('account.editProxyHint')}
            {account.proxy?.hasPassword && proxy.trim() === initial.proxy ? ` ${t('account.editProxySaved')}` : ''}
          </p>
        </div>
      </div>
      <div className="form-actions">
        {saved && (
          <span role="status" className="hint">
            ✓ {t('account.editSaved')}
          </span>
        )}
        <button type="submit" className="btn btn-primary" disabled={saving}>
          {saving ? t('account.editSaving') : t('account.editSave')}
        </button>
      </div>
    </form>
  );
}
