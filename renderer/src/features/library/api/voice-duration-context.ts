/** The voice durations of the grid page on screen (VoiceDurationsProvider fills it; each card reads its own). */
import { createContext, useContext } from 'react';

export const VoiceDurationsContext = createContext<Readonly<Record<string, number>>>({});

/** Seconds, once measured. */
export function useVoiceDuration(mediaId: string): number | undefined {
  return useContext(VoiceDurationsContext)[mediaId];
}
