import { mockApi } from '@/testing/mock-api';
import { api, ApiError, onUnauthenticated } from './api-client';

describe('api client', () => {
  it('sends JSON with the session cookie and returns the parsed body', async () => {
    const server = mockApi({ 'POST /api/things': { status: 201, body: { id: 't1' } } });

    await expect(api.post('/things', { name: 'x' }, { params: { page: 2, empty: '' } })).resolves.toEqual({ id: 't1' });

    const [request] = server.sent('POST', '/api/things');
    expect(request.body).toEqual({ name: 'x' });
    expect(request.credentials).toBe('same-origin');
    expect(request.url).toBe('/api/things?page=2');
  });

  it('throws a typed ApiError carrying code, status and field details', async () => {
    const details = [{ field: 'login', constraints: { isNotEmpty: 'login should not be empty' } }];
    mockApi({ 'POST /api/auth/login': { status: 422, body: { code: 'VALIDATION_FAILED', message: 'Invalid', details } } });

    const error = await api.post('/auth/login', {}).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 422, code: 'VALIDATION_FAILED', message: 'Invalid' });
    expect((error as ApiError).fieldErrors).toEqual(details);
  });

  it('keeps the request id of an error body, for the user to quote', async () => {
    mockApi({ 'GET /api/periods': { status: 500, body: { code: 'INTERNAL_ERROR', message: 'Internal server error.', requestId: 'req-42' } } });
    await expect(api.get('/periods')).rejects.toMatchObject({ status: 500, code: 'INTERNAL_ERROR', requestId: 'req-42' });
  });

  it('derives a code from the status when the body is not the API error shape', async () => {
    mockApi({ 'GET /api/down': { status: 503, body: 'Service Unavailable' } });
    await expect(api.get('/down')).rejects.toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
  });

  it('reports a network failure as NETWORK_ERROR', async () => {
    globalThis.fetch = jest.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(api.get('/periods')).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });

  it('announces a lost session on a 401, except from the session probe and the login itself', async () => {
    const handler = jest.fn();
    const unregister = onUnauthenticated(handler);
    const body = { code: 'UNAUTHENTICATED', message: 'No session' };
    mockApi({
      'GET /api/periods': { status: 401, body },
      'GET /api/auth/me': { status: 401, body },
      'POST /api/auth/login': { status: 401, body: { code: 'INVALID_CREDENTIALS', message: 'Wrong' } },
    });

    await expect(api.get('/auth/me')).rejects.toMatchObject({ status: 401 });
    await expect(api.post('/auth/login', {})).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect(handler).not.toHaveBeenCalled();

    await expect(api.get('/periods')).rejects.toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(handler).toHaveBeenCalledTimes(1);
    unregister();
  });
});
