import { render, waitFor } from '@testing-library/react';
import { useAccessibleTables } from './use-accessible-tables';

function Tables() {
  useAccessibleTables('Bảng cuộn ngang');
  return (
    <div className="ant-table-content" data-testid="scroller">
      <table>
        <caption>Tình hình thực hiện</caption>
        <tbody>
          <tr className="ant-table-measure-row" aria-hidden="true">
            <td>
              <input type="checkbox" aria-label="Chọn tất cả" />
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** jsdom lays nothing out: a scroller's widths are given here as a browser would measure them. */
function measure(element: HTMLElement, scrollWidth: number) {
  Object.defineProperty(element, 'scrollWidth', { configurable: true, value: scrollWidth });
  Object.defineProperty(element, 'clientWidth', { configurable: true, value: 390 });
}

describe('useAccessibleTables', () => {
  it('makes a table that scrolls sideways a named, focusable region, and the hidden measuring row inert', async () => {
    const { getByTestId, container } = render(<Tables />);
    const scroller = getByTestId('scroller');
    measure(scroller, 900);
    window.dispatchEvent(new Event('resize'));
    await waitFor(() => expect(scroller).toHaveAttribute('tabindex', '0'));
    expect(scroller).toHaveAttribute('role', 'region');
    expect(scroller).toHaveAttribute('aria-label', 'Tình hình thực hiện — Bảng cuộn ngang');
    expect(container.querySelector('.ant-table-measure-row')).toHaveAttribute('inert');

    // The table fits again (a wider screen): no extra tab stop.
    measure(scroller, 390);
    window.dispatchEvent(new Event('resize'));
    await waitFor(() => expect(scroller).not.toHaveAttribute('tabindex'));
    expect(scroller).not.toHaveAttribute('role');
  });
});
