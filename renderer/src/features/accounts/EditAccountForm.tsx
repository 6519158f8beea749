import { useId, useState } from 'react';
import { AccountField } from './AccountField';
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
  const titleId = useId();

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
    <form className="account-edit" aria-labelledby={titleId} onSubmit={(e) => void submit(e)} noValidate>
      <h3 id={titleId}>{t('account.editTitle')}</h3>
      <p className="hint">{t('account.editIntro')}</p>
      <div className="form-grid">
        <AccountField label={t('form.name')} value={name} onChange={setName} maxLength={40} />
        <AccountField
          label={t('account.editAppId', { masked: account.appIdMasked })}
          value={appId}
          onChange={setAppId}
          code
          placeholder="wx0123456789abcdef"
        />
        <AccountField
          label={t('account.editSecret')}
          value={appSecret}
          onChange={setAppSecret}
          code
          wide
          type="password"
        />
        <AccountField
          label={t('form.apiBase')}
          value={apiBase}
          onChange={setApiBase}
          code
          wide
          type="url"
          placeholder="https://api.weixin.qq.com"
        />
        <AccountField
          label={t('account.editProxy')}
          value={proxy}
          onChange={setProxy}
          code
          wide
          placeholder="http://user:password@127.0.0.1:8080"
          hint={`${t('account.editProxyHint')}${account.proxy?.hasPassword && proxy.trim() === initial.proxy ? ` ${t('account.editProxySaved')}` : ''}`}
        />
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
