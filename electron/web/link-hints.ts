/**
 * What browser mode prints about its one-time link (electron/web/main.ts): how to get the next link, which
 * depends on whether someone can press Enter in its terminal. Started by a service manager (stdin not a
 * TTY), it names the `--new-link` command (electron/web/control-channel.ts) and the signal instead.
 */
import type { WebDataDir } from './data-dir';

export const NEW_LINK_FLAG = '--new-link';

/** `value` as one POSIX shell word. */
export function shellWord(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/** The command that asks this server for a new link; it must find the same data folder. */
export function newLinkCommand(data: WebDataDir): string {
  const dirPrefix = data.source === 'default' ? '' : `SUCAIDESK_DATA_DIR=${shellWord(data.dir)} `;
  return `${dirPrefix}npm run web -- ${NEW_LINK_FLAG}`;
}

/** The lines printed under the link: Enter in a terminal; otherwise the command and the signal. */
export function nextLinkHint(interactive: boolean, data: WebDataDir, pid: number, platform = process.platform): string {
  if (interactive) return '链接只能用一次；按回车获取新链接。The link works once; press Enter for a new one.';
  const command = newLinkCommand(data);
  const viaSignal = platform !== 'win32';
  return [
    `链接只能用一次。获取新链接：运行 ${command}（它打印新链接）${viaSignal ? `，或 kill -USR2 ${pid}（新链接打印在这里）` : ''}。`,
    `The link works once. For a new one, run ${command} (it prints the link)${viaSignal ? `, or kill -USR2 ${pid} (the link is printed here)` : ''}.`,
  ].join('\n');
}

/** The data folder line: where the queue and ledgers live, and whether they outlive this run. */
export function dataDirLine(data: WebDataDir): string {
  if (data.source === 'temp')
    return `数据目录（临时，退出时删除）/ data folder (temporary, deleted on exit): ${data.dir}`;
  return `数据目录 / data folder: ${data.dir}`;
}
