/** What the user is told after an interrupted draft save was finished (electron/core/articles/draft-recovery.ts). */
import type { LocalizedText } from '@shared/errors';
import type { RecoveryOutcome } from './draft-recovery';

function quoted(titles: string[]): { zh: string; en: string } {
  const t = titles[0] ?? '';
  const more = titles.length > 1 ? titles.length - 1 : 0;
  return {
    zh: `《${t}》${more ? `等 ${titles.length} 篇` : ''}`,
    en: `“${t}”${more ? ` (+${more} more)` : ''}`,
  };
}

function textOf(o: RecoveryOutcome): LocalizedText {
  const q = quoted(o.titles);
  switch (o.kind) {
    case 'add-found':
      return {
        zh: `上次中断的保存其实已成功：草稿${q.zh}已在草稿箱中（没有再次提交）。`,
        en: `An interrupted save had in fact succeeded: the draft ${q.en} is in the draft box (it was not sent again).`,
      };
    case 'add-missing':
      return {
        zh: `上次中断的保存（${q.zh}）没有到达微信，未产生草稿。`,
        en: `An interrupted save (${q.en}) never reached WeChat; no draft was created.`,
      };
    case 'replace-finished':
      return {
        zh: `上次中断的篇数变更已完成：新草稿${q.zh}已核对无误，旧草稿已删除。`,
        en: `An interrupted change of the article count was finished: the new draft ${q.en} was verified and the old draft deleted.`,
      };
    case 'replace-kept-old':
      return {
        zh: `上次中断的篇数变更没有创建新草稿，旧草稿保持不变；改动仍在编辑器中，请重新保存。`,
        en: `An interrupted change of the article count had not created the new draft; the old draft is unchanged. Your edit is still in the editor: save again.`,
      };
    case 'replace-both-kept':
      return {
        zh: `新草稿${q.zh}与当时发送的内容不一致（可能在别处被修改过），为免丢失，新旧两份草稿都已保留。请在草稿箱中核对后删除不需要的一份。`,
        en: `The new draft ${q.en} differs from what was sent (perhaps edited elsewhere since); to lose nothing, both the new and the old draft were kept. Check the draft box and delete the one you do not need.`,
      };
    case 'expired':
      return {
        zh: `一条 7 天内都未能核对的草稿保存记录（${q.zh}）已放弃。请在草稿箱中检查这篇草稿。`,
        en: `A draft save that could not be checked for 7 days (${q.en}) was given up. Check that draft in the draft box.`,
      };
  }
}

/** One text for all outcomes (usually one), or undefined when nothing was recovered. */
export function recoveryNotice(outcomes: RecoveryOutcome[]): LocalizedText | undefined {
  if (outcomes.length === 0) return undefined;
  const texts = outcomes.map(textOf);
  return { zh: texts.map((t) => t.zh).join(''), en: texts.map((t) => t.en).join(' ') };
}
