/** The desktop menu's commands (`app:command`, sent by electron/main) run through the same bus as keys. */
import { useEffect } from 'react';
import { api } from '../../../lib/api';
import { runCommand } from '../command-bus';

export function useAppCommands(): void {
  useEffect(() => api.on('app:command', ({ id }) => void runCommand(id)), []);
}
