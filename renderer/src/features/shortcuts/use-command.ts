import { useEffect, useRef } from 'react';
import type { CommandId } from '@shared/commands';
import { registerCommand, type CommandPriority } from './command-bus';

/**
 * Handles a command (key or desktop menu) while the calling component is mounted and `enabled`. The
 * latest `handler` runs (no need to memoise it). `priority`: -1 for the shell's fallbacks, 0 for a
 * screen (default), 1 for a part of a screen that beats it (command-bus.ts).
 */
export function useCommand(
  id: CommandId,
  handler: () => void,
  { enabled = true, priority = 0 }: { enabled?: boolean; priority?: CommandPriority } = {},
): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!enabled) return undefined;
    return registerCommand(id, () => latest.current(), priority);
  }, [id, enabled, priority]);
}
