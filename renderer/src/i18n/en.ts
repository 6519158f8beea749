import { articlesEn } from '../features/articles/messages.en';
import { libraryEn } from '../features/library/messages.en';
import { uploadsEn } from '../features/uploads/messages.en';
import { conversionEn } from '../features/uploads/conversion-messages.en';
import { quotaEn } from '../features/quota/messages.en';
import { settingsEn } from '../features/settings/messages.en';
import { shortcutsEn } from '../features/shortcuts/messages.en';
import { contextMenuEn } from '../features/context-menu/messages.en';
import type { Messages } from './zh-CN';

/** English, the second language. Typed as `Messages`: a missing or extra key is a compile error. */
export const en: Messages = {
  ...libraryEn,
  ...uploadsEn,
  ...conversionEn,
  ...articlesEn,
  ...quotaEn,
  ...settingsEn,
  ...shortcutsEn,
  ...contextMenuEn,
  'app.name': 'SucaiDesk',
  'app.tagline': 'Official Account material',
  'app.windowTitle': 'SucaiDesk',
  'app.windowTitleAccount': 'SucaiDesk — {account}',

  'lang.switchTo': '中文',
  'lang.toggleLabel': '中文 – 切换到中文 (Switch to Chinese)',

  'account.label': 'Account',
  'account.demo': 'Demo account (offline demo data)',
  'account.loading': 'Loading accounts…',
  'account.none': 'No accounts yet',
  'account.add': 'Add account',
  'account.test': 'Test connection',
  'account.testing': 'Testing…',
  'account.testOk': 'Connection OK: access token valid for {n, plural, one {# second} other {# seconds}}',
  'account.remove': 'Remove account',
  'account.removeDemo': 'The demo account cannot be removed',
  'account.removeTitle': 'Remove account “{name}”?',
  'account.removeBody':
    'This deletes from this computer: the account’s name, AppID, saved AppSecret and proxy password; the local library index and thumbnail cache; the upload queue (unfinished uploads stop); the temporary-media records and fetched copies; and unsaved article edits kept on this computer. Nothing on WeChat is touched: materials, the draft box and published articles all stay. You can add the account again later with its AppID and AppSecret.',
  'account.removed': 'Removed account “{name}”',
  'account.added': 'Added account “{name}”',
  'account.secretEncrypted': 'AppSecret stored encrypted on this computer',
  'account.secretSession': 'AppSecret kept for this session only',
  'account.apiDefault': 'Direct to api.weixin.qq.com',
  'account.apiEmulator': 'Offline emulator (this machine; never contacts WeChat)',
  'account.apiRelay': 'Via relay: {url}',
  'account.env': 'Account from environment',
  'account.demoBadge': 'Offline demo data',
  'account.demoBadgeHint':
    'Sample items from an emulator on this computer: not your Official Account, and nothing is sent to WeChat.',
  'account.settings': 'Account settings',
  'account.settingsTitle': 'Account settings: {name}',
  'account.settingsName': 'Name',
  'account.settingsApi': 'Connection',
  'account.settingsSecret': 'AppSecret',
  'account.settingsDemoNote':
    'The demo account uses sample data from an emulator on this computer; it works offline and cannot be removed.',
  'account.settingsEnvNote':
    'This account comes from the WX_APPID / WX_APPSECRET environment variables; it lasts for this run only and cannot be removed here.',
  'account.settingsRemoveIntro': 'Remove this account from this computer (nothing on WeChat is affected).',
  'account.removeOpen': 'Remove account…',
  'account.settingsClose': 'Close',
  'account.apiProxy': 'Via proxy: {url}',
  'account.editTitle': 'Edit account',
  'account.editIntro':
    'AppID and AppSecret left empty stay as they are. A new AppID means another official account: the local library index, thumbnails, upload queue and temporary-media records are cleared.',
  'account.editAppId': 'AppID (leave empty to keep {masked})',
  'account.editSecret': 'AppSecret (leave empty to keep)',
  'account.editProxy': 'Proxy (optional)',
  'account.editProxyHint':
    'An HTTP(S) proxy for whitelisted egress: http://user:password@host:port. Every WeChat API call of this account goes through it; the password is encrypted on this computer like the AppSecret and never shown. When you change the address, type the password again; leave empty to connect directly.',
  'account.editProxySaved': 'Proxy password saved',
  'account.editSave': 'Save changes',
  'account.editSaving': 'Saving…',
  'account.editSaved': 'Changes saved',

  'form.title': 'Add an Official Account',
  'form.intro': 'Find the AppID and AppSecret in the admin console under Settings & Development → Basic configuration.',
  'form.name': 'Name',
  'form.namePlaceholder': 'e.g. Company service account',
  'form.appId': 'AppID (developer ID)',
  'form.appSecret': 'AppSecret (developer password)',
  'form.secretHint': 'The AppSecret is stored only on this computer (encrypted) and is never shown again.',
  'form.apiBase': 'API base URL (relay, optional)',
  'form.apiBaseHint':
    'WeChat only accepts API calls from servers on the account IP whitelist (otherwise error 40164). If this computer has no fixed public IP, enter the address of a whitelisted relay server; leave empty to call https://api.weixin.qq.com directly.',
  'form.save': 'Save',
  'form.saving': 'Saving…',
  'form.cancel': 'Cancel',

  'tabs.label': 'Material type',
  'type.image': 'Images',
  'type.voice': 'Voice',
  'type.video': 'Videos',
  'type.news': 'Legacy articles',

  'library.empty': 'No material yet',
  'library.emptyHint': 'Use the upload button at the top right, or drop files onto the window, to add the first file.',
  'library.emptyNews': 'Legacy articles can no longer be added; create new articles in Articles & drafts → Editor.',
  'library.loading': 'Loading material…',
  'library.noAccount': 'Choose or add an Official Account.',
  'library.loadFailed': 'Could not load material',
  'library.retry': 'Retry',
  'library.pageIndicator': 'Page {page} / {pages} · {total, plural, one {# item} other {# items}}',
  'library.prev': 'Previous',
  'library.next': 'Next',
  'library.pagerLabel': 'Pages',

  'card.delete': 'Delete',
  'card.download': 'Download',
  'card.deleteLabel': 'Delete “{name}”',
  'card.downloadLabel': 'Download “{name}”',
  'card.articles': '{n, plural, one {# article} other {# articles}}',
  'card.duration': 'Length {clock}',
  'card.untitled': '(untitled)',

  'delete.title': 'Delete material?',
  'delete.body': '“{name}” will be permanently deleted from the Official Account. This cannot be undone.',
  'delete.ok': 'Delete',
  'delete.done': 'Deleted “{name}”',
  'dialog.cancel': 'Cancel',

  'download.saved': 'Saved to {path}',
  'download.started': 'Download of “{name}” started',

  'upload.generic': 'Upload',
  'upload.image': 'Upload images',
  'upload.voice': 'Upload voice',
  'upload.video': 'Upload a video',
  'upload.busy': 'Uploading…',
  'upload.newsDisabled':
    'Articles now go through drafts: WeChat retired the legacy article material API, so create articles in the draft box.',
  'upload.staging': 'Preparing {n, plural, one {# file} other {# files}}…',
  'upload.progress': '{name}: {pct}%',
  'upload.ok': 'Uploaded',
  'upload.summary': '{ok} succeeded, {failed} failed',
  'upload.close': 'Close upload results',

  'error.errcode': 'errcode {code}',
  'error.rid': 'rid: {rid}',
  'error.dismiss': 'Dismiss',
  'error.network': 'Cannot reach the SucaiDesk service. Make sure it is still running, then try again.',
  'error.badResponse': 'The SucaiDesk service sent an unrecognised answer (HTTP {status}).',
  'error.internal': 'Unexpected error in the interface: {detail}',

  'toast.close': 'Close notice',
};
