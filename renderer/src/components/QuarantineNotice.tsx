/**
 * Says once that a stored file could not be read and was set aside (electron/core/fs/quarantine.ts):
 * which file, why, and what the user can do. The texts live here, in both languages, because this is
 * the only place that shows them. "Once": a dismissed notice is remembered by the aside file's name.
 */
import { useEffect, useState } from 'react';
import type { LocalizedText } from '@shared/errors';
import type { QuarantinedFile, StoredFileKind } from '@shared/models';
import { pick, useLang } from '../i18n';
import { api } from '../lib/api';
import { readStorage, writeStorage } from '../lib/storage';

const SEEN_KEY = 'sucaidesk.quarantine-seen';

const WHAT: Record<StoredFileKind, LocalizedText> = {
  index: {
    zh: '素材库的本地索引无法读取，已重新建立；下次同步会补全列表。',
    en: 'The library’s local index could not be read and was started afresh; the next sync fills it again.',
  },
  accounts: {
    zh: '账号列表（accounts.json）无法读取，本次启动没有加载已保存的账号。请重新添加账号。',
    en: 'The account list (accounts.json) could not be read, so no saved account was loaded. Add your accounts again.',
  },
  journal: {
    zh: '上传队列的记录有损坏的部分，可读的记录已恢复。请在“上传”中检查队列。',
    en: 'The upload queue’s journal had damaged parts; every readable record was recovered. Check the queue under Uploads.',
  },
  'temp-ledger': {
    zh: '临时素材列表无法读取，列表从空开始；已上传到微信的临时素材不受影响。',
    en: 'The temporary-media list could not be read and starts empty; media already on WeChat are not affected.',
  },
  'draft-journal': {
    zh: '草稿保存记录无法读取，已从空开始。若上次保存草稿时程序中断，请在草稿箱中检查是否有重复或缺少的草稿。',
    en: 'The record of unfinished draft saves could not be read and starts empty. If the app stopped while saving a draft, check the draft box for a missing or doubled draft.',
  },
  secrets: {
    zh: '加密保存的 AppSecret 文件无法读取。用到账号时请删除后重新添加。',
    en: 'The encrypted AppSecret file could not be read. Remove and add an account again when it asks for its secret.',
  },
};

const KEPT: LocalizedText = {
  zh: '原文件已保留为 {name}（在应用数据文件夹中）。',
  en: 'The original file was kept as {name} (in the app data folder).',
};
const TITLE: LocalizedText = {
  zh: '有文件无法读取，已移到一旁',
  en: 'Some files could not be read and were set aside',
};
const DISMISS: LocalizedText = { zh: '知道了', en: 'Got it' };

function idOf(q: QuarantinedFile): string {
  return q.asideAs ?? `${q.original}@${q.at}`;
}

function seen(): string[] {
  try {
    const list: unknown = JSON.parse(readStorage(SEEN_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function QuarantineNotice() {
  const { lang } = useLang();
  const [files, setFiles] = useState<QuarantinedFile[]>([]);

  useEffect(() => {
    let live = true;
    api
      .appInfo({})
      .then((res) => {
        if (!live || !res.ok) return;
        const done = new Set(seen());
        setFiles((res.value.quarantined ?? []).filter((q) => !done.has(idOf(q))));
      })
      .catch(() => undefined); // no notice is better than a broken header
    return () => {
      live = false;
    };
  }, []);

  if (files.length === 0) return null;
  const dismiss = () => {
    writeStorage(SEEN_KEY, JSON.stringify([...seen(), ...files.map(idOf)].slice(-50)));
    setFiles([]);
  };
  return (
    <div className="error-banner" role="status" data-testid="quarantine-notice">
      <span className="error-banner-icon" aria-hidden="true">
        !
      </span>
      <div className="error-banner-body">
        <strong>{pick(TITLE, lang)}</strong>
        <ul className="error-details">
          {files.map((q) => (
            <li key={idOf(q)} data-kind={q.kind}>
              {pick(WHAT[q.kind], lang)}
              {q.asideAs && ` ${pick(KEPT, lang).replace('{name}', q.asideAs)}`}
            </li>
          ))}
        </ul>
      </div>
      <button type="button" className="btn btn-ghost btn-small" onClick={dismiss}>
        {pick(DISMISS, lang)}
      </button>
    </div>
  );
}
