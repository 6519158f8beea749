/**
 * Voice durations for the cards of one grid page (library:voiceDurations): the core measures each clip
 * once and remembers it (electron/core/library/voice-durations.ts). The page asks once for all its
 * voices; each card reads its own from the context, so no card asks on its own.
 */
import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { LibraryItem } from '@shared/features/library.channels';
import { api } from '../../../lib/api';
import { callBridge } from '../../../lib/query/bridge-call';
import { libraryKeys } from '../../../lib/query/keys';
import { VoiceDurationsContext } from './voice-duration-context';

/** The channel's bound (electron/shared/features/library.schemas.ts). */
const MAX_IDS = 20;

export function VoiceDurationsProvider(props: {
  accountId: string;
  items: readonly LibraryItem[] | undefined;
  children: ReactNode;
}) {
  const ids = (props.items ?? [])
    .filter((i) => i.kind === 'voice')
    .map((i) => i.mediaId)
    .slice(0, MAX_IDS);
  const { data } = useQuery({
    queryKey: libraryKeys.voiceDurations(props.accountId, ids),
    queryFn: () => callBridge(() => api.libraryVoiceDurations({ accountId: props.accountId, mediaIds: ids })),
    enabled: ids.length > 0,
    staleTime: Infinity,
  });
  return <VoiceDurationsContext.Provider value={data ?? {}}>{props.children}</VoiceDurationsContext.Provider>;
}
