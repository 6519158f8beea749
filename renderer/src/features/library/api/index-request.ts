/** The `library:query` request for an index filter: the one place a filter becomes a request. */
import type { Req } from '@shared/contract';
import { indexFilter, type IndexFilter } from '../../../lib/query/keys';

export function indexRequest(
  accountId: string,
  filter: IndexFilter,
  page: { offset: number; limit: number; withIds?: boolean },
): Req<'library:query'> {
  const f = indexFilter(filter);
  return {
    accountId,
    kinds: [f.kind],
    ...(f.text ? { text: f.text } : {}),
    ...(f.from !== undefined ? { from: f.from } : {}),
    ...(f.to !== undefined ? { to: f.to } : {}),
    sort: f.sort,
    offset: page.offset,
    limit: page.limit,
    ...(page.withIds ? { withIds: true } : {}),
  };
}
