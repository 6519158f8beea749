/**
 * The one place commands run (electron/shared/commands.ts): the keyboard dispatcher and the desktop
 * menu's `app:command` events both call `runCommand`. Whoever can carry a command out registers a
 * handler while mounted (use-command.ts); the highest `priority` wins, the latest among equals. The shell
 * registers *fallbacks* (priority -1) that switch to the screen owning the command and call
 * `runWhenHandled`, so the command runs as soon as that screen (priority 0) or the part of it that does
 * the work (the editor, priority 1) registers.
 */
import type { CommandId } from '@shared/commands';

export type CommandHandler = () => void;

/** -1: the shell's fallback; 0: a screen; 1: a part of a screen (the editor inside the articles screen). */
export type CommandPriority = -1 | 0 | 1;

interface Entry {
  handler: CommandHandler;
  priority: CommandPriority;
}

const handlers = new Map<CommandId, Entry[]>();
/** Commands waiting for a handler of at least this priority. */
const deferred = new Map<CommandId, number>();

function best(id: CommandId): Entry | undefined {
  let found: Entry | undefined;
  for (const e of handlers.get(id) ?? []) if (!found || e.priority >= found.priority) found = e;
  return found;
}

export function registerCommand(id: CommandId, handler: CommandHandler, priority: CommandPriority = 0): () => void {
  const entry: Entry = { handler, priority };
  const list = handlers.get(id) ?? [];
  list.push(entry);
  handlers.set(id, list);
  const waitingFor = deferred.get(id);
  if (waitingFor !== undefined && priority >= waitingFor) {
    deferred.delete(id);
    // After the whole commit: a child registers before its parent, and the best handler should run.
    queueMicrotask(() => void runCommand(id));
  }
  return () => {
    const now = handlers.get(id);
    const i = now?.indexOf(entry) ?? -1;
    if (now && i >= 0) now.splice(i, 1);
  };
}

/** Whether something would run `id` now (the dispatcher leaves the key alone when nothing would). */
export function canRun(id: CommandId): boolean {
  return best(id) !== undefined;
}

/** Runs the command's best handler; false when nothing takes it. */
export function runCommand(id: CommandId): boolean {
  const entry = best(id);
  if (!entry) return false;
  entry.handler();
  return true;
}

/**
 * Runs `id` once a handler of at least `minPriority` registers: the caller has just switched to the
 * screen (0) or the part of it (1) that carries the command out.
 */
export function runWhenHandled(id: CommandId, minPriority: CommandPriority = 0): void {
  deferred.set(id, minPriority);
}

/** Tests: forget every handler. */
export function resetCommands(): void {
  handlers.clear();
  deferred.clear();
}
