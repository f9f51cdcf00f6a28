import { failOnUnmockedRequests, mockApi, takeUnmockedRequests } from './mock-api';

describe('mockApi', () => {
  it('answers a mocked route and records what was sent', async () => {
    const api = mockApi({ 'POST /api/reports': { status: 201, body: { id: 'r1' } } });
    const response = await fetch('/api/reports?draft=1', { method: 'POST', body: JSON.stringify({ title: 'Tuần 1' }) });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ id: 'r1' });
    expect(api.sent('POST', '/api/reports')).toEqual([expect.objectContaining({ body: { title: 'Tuần 1' } })]);
    expect(takeUnmockedRequests()).toEqual([]);
  });

  it('fails the check naming the method, path and query of a request no route answers', async () => {
    mockApi({ 'GET /api/periods': { status: 200, body: [] } });
    const response = await fetch('/api/reports/r9?section=2');
    await fetch('/api/periods', { method: 'DELETE' });
    expect(response.status).toBe(404);
    expect(failOnUnmockedRequests).toThrow(
      'Unmocked API request(s), add them to mockApi(...): GET /api/reports/r9?section=2, DELETE /api/periods',
    );
    // The check forgets what it reported, so the next test starts clean.
    expect(failOnUnmockedRequests).not.toThrow();
  });
});
