import { QueryClient } from '@tanstack/react-query';
import { draftItem, submittedItem } from '@/testing/bulletin-fixtures';
import { afterBulletinItemChanged, getBulletinItemQueryOptions } from './bulletins';
import { bulletinKeys } from './query-keys';

describe('afterBulletinItemChanged', () => {
  it("keeps the change's answer over a fetch of the item that started before it (a photo upload's refresh, then a send)", async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    queryClient.setQueryData(bulletinKeys.item(draftItem.id), draftItem);
    // The refresh a photo upload asks for: the server answered it before the item was sent, slowly.
    let answerRefresh: (item: typeof draftItem) => void = () => undefined;
    const refresh = queryClient.fetchQuery({
      ...getBulletinItemQueryOptions(draftItem.id),
      queryFn: () => new Promise<typeof draftItem>((resolve) => (answerRefresh = resolve)),
      staleTime: 0,
    });

    await afterBulletinItemChanged(queryClient, { ...submittedItem, id: draftItem.id });
    answerRefresh(draftItem);
    await refresh.catch(() => undefined);

    expect(queryClient.getQueryData(bulletinKeys.item(draftItem.id))).toMatchObject({ state: 'submitted' });
  });
});
