import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LANGUAGE_STORAGE_KEY } from '@/lib/i18n';
import { mockApi, unauthenticated } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-app';

describe('LanguageSwitch', () => {
  it('switches the login page to English and back, remembering the choice', async () => {
    mockApi({ 'GET /api/auth/me': unauthenticated });
    renderApp('/login');
    const user = userEvent.setup();
    expect(await screen.findByLabelText('Tên đăng nhập')).toBeInTheDocument();

    await user.click(screen.getByText('EN'));

    expect(await screen.findByLabelText('Username')).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Tên đăng nhập')).not.toBeInTheDocument();
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    await user.click(screen.getByText('VI'));

    expect(await screen.findByLabelText('Tên đăng nhập')).toBeInTheDocument();
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('vi');
  });
});
