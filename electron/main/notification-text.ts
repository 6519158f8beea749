/**
 * Whether a finished job deserves an OS notification, and its words (title + one line, zh-CN or
 * English). Only jobs that ran at least LONG_JOB_MS, and only while the window is not focused: a
 * user looking at the app sees the result there already.
 */
import type { ShellLanguage } from '@shared/features/app.channels';
import type { FinishedJob } from './job-finish';

export const LONG_JOB_MS = 10_000;

export interface NotificationText {
  title: string;
  body: string;
}

export function notificationFor(job: FinishedJob, focused: boolean, language: ShellLanguage): NotificationText | null {
  if (focused || job.endedAt - job.startedAt < LONG_JOB_MS) return null;
  const zh = language !== 'en';
  switch (job.kind) {
    case 'upload':
      return zh
        ? { title: '上传完成', body: `已上传 ${job.uploaded} 个文件${job.failed ? `，${job.failed} 个失败` : ''}。` }
        : {
            title: 'Uploads finished',
            body: `${job.uploaded} ${job.uploaded === 1 ? 'file' : 'files'} uploaded${job.failed ? `, ${job.failed} failed` : ''}.`,
          };
    case 'download':
      return zh
        ? { title: '下载完成', body: `已保存 ${job.saved} 个素材${job.failed ? `，${job.failed} 个失败` : ''}。` }
        : {
            title: 'Download finished',
            body: `${job.saved} ${job.saved === 1 ? 'item' : 'items'} saved${job.failed ? `, ${job.failed} failed` : ''}.`,
          };
    case 'backup':
      return zh
        ? {
            title: '备份完成',
            body: `新保存 ${job.fetched} 个，未变 ${job.skipped} 个${job.failed ? `，${job.failed} 个失败` : ''}。`,
          }
        : {
            title: 'Backup finished',
            body: `${job.fetched} saved, ${job.skipped} unchanged${job.failed ? `, ${job.failed} failed` : ''}.`,
          };
    case 'publish':
      if (job.published) {
        return zh
          ? { title: '发布成功', body: '图文已在公众号发布。' }
          : { title: 'Published', body: 'The article is published on the Official Account.' };
      }
      return zh
        ? { title: '发布失败', body: '微信未能发布这篇图文，请在 SucaiDesk 中查看原因。' }
        : { title: 'Publishing failed', body: 'WeChat did not publish the article; open SucaiDesk to see why.' };
    case 'download-failed':
    case 'backup-failed': {
      const what = job.kind === 'download-failed';
      return zh
        ? { title: what ? '下载失败' : '备份失败', body: job.error.message.zh }
        : { title: what ? 'Download failed' : 'Backup failed', body: job.error.message.en };
    }
  }
}
