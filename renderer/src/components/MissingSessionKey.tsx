import { MISSING_SESSION_KEY_MESSAGE } from '../lib/session-key';

/** The whole page when a browser-mode tab has no API key (see lib/session-key.ts): both languages, like the server's page. */
export function MissingSessionKey() {
  return (
    <main className="missing-session-key" data-testid="missing-session-key">
      <h1>SucaiDesk</h1>
      <p lang="zh-CN">{MISSING_SESSION_KEY_MESSAGE.zh}</p>
      <p lang="en">{MISSING_SESSION_KEY_MESSAGE.en}</p>
    </main>
  );
}
