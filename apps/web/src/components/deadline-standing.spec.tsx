import type { DeadlineStanding } from '@giao-ban/shared';
import { act, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { i18n, setLanguage } from '@/lib/i18n';
import { DeadlineTag, DeadlineText } from './deadline-standing';

function renderStanding(standing: DeadlineStanding) {
  return render(
    <I18nextProvider i18n={i18n}>
      <DeadlineText standing={standing} />
      <DeadlineTag standing={standing} />
    </I18nextProvider>,
  );
}

describe('DeadlineText and DeadlineTag', () => {
  afterEach(() => act(() => setLanguage('vi')));

  it.each<[DeadlineStanding, string, string, string]>([
    [{ kind: 'due_in', dueDate: '2021-12-17', daysLeft: 12 }, 'Còn 12 ngày', 'ant-typography-secondary', 'ant-tag-blue'],
    [{ kind: 'due_in', dueDate: '2021-12-17', daysLeft: 3 }, 'Còn 3 ngày', 'ant-typography-warning', 'ant-tag-blue'],
    [{ kind: 'due_today', dueDate: '2021-12-17' }, 'Hạn hôm nay', 'ant-typography-warning', 'ant-tag-gold'],
    [{ kind: 'overdue', dueDate: '2021-12-17', daysLate: 1450 }, 'Quá hạn từ 17/12/2021', 'ant-typography-danger', 'ant-tag-red'],
    [{ kind: 'submitted_on_time', dueDate: '2021-12-17' }, 'Đúng hạn', 'ant-typography-success', 'ant-tag-green'],
    [{ kind: 'submitted_late', dueDate: '2021-12-17', daysLate: 3 }, 'Gửi trễ 3 ngày', 'ant-typography-danger', 'ant-tag-orange'],
  ])('%o reads "%s"', (standing, words, textClass, tagClass) => {
    renderStanding(standing);
    const [text, tag] = screen.getAllByText(words);
    expect(text!.closest('.ant-typography')).toHaveClass(textClass);
    expect(tag!.closest('.ant-tag')).toHaveClass(tagClass);
    // a date, never a four-digit count of days
    expect(document.body).not.toHaveTextContent(/\d{4} ngày/);
  });

  it('speaks English when the UI does', async () => {
    await act(() => setLanguage('en'));
    renderStanding({ kind: 'overdue', dueDate: '2021-12-17', daysLate: 1450 });
    expect(screen.getAllByText('Overdue since 17/12/2021')).toHaveLength(2);
  });
});
