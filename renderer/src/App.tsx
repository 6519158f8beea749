import { useState } from 'react';
import type { AccountSummary } from '@shared/models';
import { ErrorBanner } from './components/ErrorBanner';
import { QuarantineNotice } from './components/QuarantineNotice';
import { LangToggle } from './components/LangToggle';
import { NoticesProvider } from './components/NoticesProvider';
import { useNotices } from './components/notices-context';
import { Toast } from './components/Toast';
import { AccountActions } from './features/accounts/AccountActions';
import { AccountPicker } from './features/accounts/AccountPicker';
import { AccountStatus } from './features/accounts/AccountStatus';
import { AddAccountForm } from './features/accounts/AddAccountForm';
import { useAccountsList, useRemoveAccount, useTestAccount } from './features/accounts/api/use-accounts';
import { useSelectedAccount } from './features/accounts/use-selected-account';
import { LibraryView } from './features/library/LibraryView';
import { ArticlesView } from './features/articles/ArticlesView';
import { UploadDropLayer } from './features/uploads/UploadDropLayer';
import { UploadsView } from './features/uploads/UploadsView';
import { QuotaButton } from './features/quota/QuotaButton';
import { SectionNav } from './components/SectionNav';
import { ServerStateProvider } from './lib/query/ServerStateProvider';
import type { Section } from './components/sections';
import { I18nProvider, useT } from './i18n';
import type { Lang } from './i18n';

export function App() {
  const t = useT();
  const { showToast } = useNotices();
  const accounts = useAccountsList();
  const { selectedId, select } = useSelectedAccount(accounts.data);
  const selected = accounts.data?.find((a) => a.id === selectedId) ?? null;
  const tester = useTestAccount();
  const { remove, removing } = useRemoveAccount();
  const [formOpen, setFormOpen] = useState(false);
  const [section, setSection] = useState<Section>('library');
  const [openDraftId, setOpenDraftId] = useState<string | null>(null);
  const openDraft = (mediaId: string) => {
    setOpenDraftId(mediaId);
    setSection('articles');
  };

  const onSaved = (account: AccountSummary) => {
    setFormOpen(false);
    select(account.id);
    showToast(t('account.added', { name: account.name }));
  };

  const onRemove = async (account: AccountSummary) => {
    if (await remove(account.id)) {
      showToast(t('account.removed', { name: account.name }));
    }
  };

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            素
          </span>
          <h1 className="brand-name">
            {t('app.name')} <span className="brand-latin">SucaiDesk</span>
          </h1>
        </div>
        <div className="header-accounts">
          <AccountPicker accounts={accounts.data} selectedId={selectedId} onSelect={select} />
          <AccountActions
            account={selected}
            testing={tester.testing !== null}
            removing={removing}
            onTest={tester.test}
            onRemove={onRemove}
            onAdd={() => setFormOpen(true)}
          />
          <QuotaButton accountId={selectedId} />
        </div>
        <LangToggle />
      </header>
      <AccountStatus account={selected} outcome={tester.outcome} />
      <SectionNav active={section} onChange={setSection} />
      <UploadDropLayer accountId={selectedId} onActivity={() => setSection('uploads')} />
      <main className="app-main">
        <ErrorBanner />
        <QuarantineNotice />
        {formOpen && <AddAccountForm onSaved={onSaved} onCancel={() => setFormOpen(false)} />}
        {selectedId ? (
          <>
            {section === 'library' && <LibraryView key={selectedId} accountId={selectedId} onOpenDraft={openDraft} />}
            {section === 'uploads' && <UploadsView key={selectedId} accountId={selectedId} />}
            {section === 'articles' && (
              <ArticlesView
                key={selectedId}
                accountId={selectedId}
                openDraftId={openDraftId}
                onDraftOpened={() => setOpenDraftId(null)}
              />
            )}
          </>
        ) : (
          <div className="empty">
            <p className="empty-title">{accounts.data ? t('library.noAccount') : t('account.loading')}</p>
          </div>
        )}
      </main>
      <Toast />
    </div>
  );
}

/** The whole renderer with its providers (used by main.tsx and the tests). */
export function Root({ initialLang }: { initialLang?: Lang }) {
  return (
    <I18nProvider initialLang={initialLang}>
      <NoticesProvider>
        <ServerStateProvider>
          <App />
        </ServerStateProvider>
      </NoticesProvider>
    </I18nProvider>
  );
}
