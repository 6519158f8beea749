import { useState } from 'react';
import type { AccountSummary } from '@shared/models';
import type { UploadJobView } from '@shared/features/uploads.channels';
import { ErrorBanner } from './components/ErrorBanner';
import { QuarantineNotice } from './components/QuarantineNotice';
import { LangToggle } from './components/LangToggle';
import { NoticeScope, NoticesProvider } from './components/NoticesProvider';
import { useNotices } from './components/notices-context';
import { Toast } from './components/Toast';
import { AccountActions } from './features/accounts/AccountActions';
import { AccountPicker } from './features/accounts/AccountPicker';
import { AccountStatus } from './features/accounts/AccountStatus';
import { AddAccountForm } from './features/accounts/AddAccountForm';
import { useAccountsList, useRemoveAccount, useTestAccount } from './features/accounts/api/use-accounts';
import { accountName } from './features/accounts/account-label';
import { useSelectedAccount } from './features/accounts/use-selected-account';
import { LibraryView } from './features/library/LibraryView';
import { SkipToLibrary } from './features/library/SkipToLibrary';
import { ArticlesView } from './features/articles/ArticlesView';
import { UploadFlow } from './features/uploads/UploadFlow';
import { UploadsView } from './features/uploads/UploadsView';
import { QuotaButton } from './features/quota/QuotaButton';
import { SettingsButton } from './features/settings/SettingsButton';
import { useShellSync } from './features/settings/api/use-shell-sync';
import { ShortcutsHelp } from './features/shortcuts/ShortcutsHelp';
import { AboutHost } from './features/settings/AboutDialog';
import { useShellCommands } from './features/shortcuts/use-shell-commands';
import { useWindowTitle } from './features/shortcuts/use-window-title';
import { SectionNav } from './components/SectionNav';
import { ServerStateProvider } from './lib/query/ServerStateProvider';
import { kindOfUpload, revealItem } from './lib/reveal-item';
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
  // Keys and the desktop menu run the same commands (features/shortcuts/command-bus.ts).
  useShellCommands({ hasAccount: selectedId !== null, showSection: setSection });
  useShellSync();
  useWindowTitle(selected ? accountName(selected, t) : null);
  const openDraft = (mediaId: string) => {
    setOpenDraftId(mediaId);
    setSection('articles');
  };
  // An upload row's "在素材库中查看": the library honours the request when it shows (lib/reveal-item.ts).
  const showInLibrary = (job: UploadJobView) => {
    if (!job.mediaId || !selectedId) return;
    revealItem.request({ accountId: selectedId, mediaId: job.mediaId, kind: kindOfUpload(job.type) });
    setSection('library');
  };

  const onSaved = (account: AccountSummary) => {
    setFormOpen(false);
    select(account.id);
    showToast(t('account.added', { name: account.name }));
  };

  const onRemove = async (account: AccountSummary): Promise<boolean> => {
    const removed = await remove(account.id);
    if (removed) showToast(t('account.removed', { name: accountName(account, t) }));
    return removed;
  };

  return (
    <div className="app">
      {selectedId && section === 'library' && <SkipToLibrary />}
      <header className="app-header">
        <div className="brand">
          {/* The favicon doubles as the logo: an image, so the English UI carries no Chinese text. */}
          <img className="brand-mark" src="./favicon.svg" alt="" width={30} height={30} />
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
          <SettingsButton accountId={selectedId} />
        </div>
        <LangToggle />
      </header>
      <AccountStatus account={selected} outcome={tester.outcome} />
      <SectionNav active={section} onChange={setSection} />
      <main className="app-main">
        <ErrorBanner />
        <QuarantineNotice />
        {formOpen && <AddAccountForm onSaved={onSaved} onCancel={() => setFormOpen(false)} />}
        {selectedId ? (
          // Each screen's toasts and errors stay on that screen (components/NoticesProvider.tsx).
          <NoticeScope scope={`${selectedId}/${section}`}>
            {section === 'library' && <LibraryView key={selectedId} accountId={selectedId} onOpenDraft={openDraft} />}
            {section === 'uploads' && (
              <UploadsView key={selectedId} accountId={selectedId} onShowInLibrary={showInLibrary} />
            )}
            {section === 'articles' && (
              <ArticlesView
                key={selectedId}
                accountId={selectedId}
                openDraftId={openDraftId}
                onDraftOpened={() => setOpenDraftId(null)}
              />
            )}
          </NoticeScope>
        ) : (
          <div className="empty">
            <p className="empty-title">{accounts.data ? t('library.noAccount') : t('account.loading')}</p>
          </div>
        )}
      </main>
      {/* After the main content: the tray's controls come after the screen's in Tab order. */}
      <UploadFlow
        accountId={selectedId}
        showTray={section !== 'uploads'}
        onOpenUploads={() => setSection('uploads')}
        onShowInLibrary={showInLibrary}
      />
      <Toast />
      <ShortcutsHelp />
      <AboutHost />
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
