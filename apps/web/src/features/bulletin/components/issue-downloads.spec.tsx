import { render, screen } from '@testing-library/react';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/lib/react-query';
import { IssueDownloads } from './issue-downloads';

function renderDownloads(preview: boolean) {
  render(
    <AppProvider queryClient={createQueryClient()}>
      <IssueDownloads issueId="i-13" label="Số 13/2021" preview={preview} />
    </AppProvider>,
  );
}

describe('IssueDownloads', () => {
  it('offers the .docx and the PDF of a published issue', () => {
    renderDownloads(false);
    expect(screen.getByRole('link', { name: 'Tải Bản tin (.docx)' })).toHaveAttribute('href', '/api/bulletin-issues/i-13/export.docx');
    expect(screen.getByRole('button', { name: 'Tải Bản tin (.pdf)' })).toBeInTheDocument();
    expect(screen.queryByText('Bản PDF có khi số đã phát hành.')).not.toBeInTheDocument();
  });

  it('offers only the .docx preview before publication, and says when the PDF comes', () => {
    renderDownloads(true);
    expect(screen.getByRole('link', { name: 'Xem trước (.docx)' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /pdf/i })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /pdf/i })).not.toBeInTheDocument();
    expect(screen.getByText('Bản PDF có khi số đã phát hành.')).toBeInTheDocument();
  });
});
