/**
 * Where a menu command runs. Almost every command is the renderer's (the menu sends `app:command`);
 * opening the data folder is main's own, because only main knows the folder and the renderer must
 * never name a path for shell.openPath (docs/security.md).
 */
import type { CommandId } from '@shared/commands';

export type CommandRoute = 'open-data-folder' | 'renderer';

export function routeCommand(id: CommandId): CommandRoute {
  return id === 'open-data-folder' ? 'open-data-folder' : 'renderer';
}
