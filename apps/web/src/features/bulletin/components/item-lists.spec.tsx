import { render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/lib/react-query';
import { acceptedItemSummaries, openIssueDetail, submittedItem } from '@/testing/bulletin-fixtures';
import { mockApi } from '@/testing/mock-api';
import { ItemRow } from './item-inbox';
import { ItemScreen } from './item-screen';
import { LayoutEditor } from './layout-editor';

function renderInRouter(element: ReactNode) {
  const router = createMemoryRouter([{ path: '*', element }]);
  render(
    <AppProvider queryClient={createQueryClient()}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
}

/** Hội nghị xúc tiến đầu tư…, accepted with the office's shorter title. */
const edited = { ...acceptedItemSummaries[0]!, editedTitle: 'Xúc tiến đầu tư vào Vân Đồn' };

describe('the office’s lists of items show the title as the office edited it', () => {
  it('in the inbox, marked as edited; an unedited item keeps its unit’s title', async () => {
    renderInRouter(
      <ul>
        <ItemRow item={edited} showUnit />
        <ItemRow item={acceptedItemSummaries[1]!} showUnit />
      </ul>,
    );
    const link = await screen.findByRole('link', { name: 'Xúc tiến đầu tư vào Vân Đồn' });
    expect(link).toHaveAttribute('href', '/bulletin/items/it-3');
    expect(screen.queryByText(acceptedItemSummaries[0]!.title)).not.toBeInTheDocument();
    const [first, second] = screen.getAllByRole('listitem');
    expect(within(first!).getByText(/Đã biên tập/)).toBeInTheDocument();
    expect(within(second!).getByRole('link', { name: acceptedItemSummaries[1]!.title })).toBeInTheDocument();
    expect(within(second!).queryByText(/Đã biên tập/)).not.toBeInTheDocument();
  });

  it('in the layout editor, where the items are ordered', async () => {
    renderInRouter(<LayoutEditor issue={{ ...openIssueDetail, items: [edited, ...acceptedItemSummaries.slice(1)] }} />);
    expect(await screen.findByRole('link', { name: 'Xúc tiến đầu tư vào Vân Đồn' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Kéo để sắp xếp: Xúc tiến đầu tư vào Vân Đồn' })).toBeInTheDocument();
    expect(screen.queryByText(acceptedItemSummaries[0]!.title)).not.toBeInTheDocument();
  });

  it('in the item’s own page, whose heading is the printed title while both versions stay side by side', async () => {
    const accepted = { ...submittedItem, state: 'accepted' as const, section: 'Tin trong tỉnh', edited: { title: 'Quảng Tây thăm Quảng Ninh', sapo: submittedItem.sapo, body: submittedItem.body } };
    mockApi({
      'GET /api/bulletin-items/it-1': { status: 200, body: { ...accepted, taskGroupTitle: 'tập trung thực hiện tốt công tác thông tin đối ngoại' } },
      'GET /api/bulletin-issues/i-13': { status: 200, body: openIssueDetail },
    });
    renderInRouter(<ItemScreen itemId="it-1" role="office" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Quảng Tây thăm Quảng Ninh' })).toBeInTheDocument();
    const original = (await screen.findByRole('heading', { name: 'Bản của đơn vị' })).closest('.ant-card') as HTMLElement;
    expect(within(original).getByRole('heading', { name: submittedItem.title })).toBeInTheDocument();
    // the task group it serves is read with its facts
    expect(screen.getByText('Nhóm nhiệm vụ: tập trung thực hiện tốt công tác thông tin đối ngoại')).toBeInTheDocument();
  });
});
