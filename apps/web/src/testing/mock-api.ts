/**
 * A stand-in for the API server at the `fetch` boundary: the components, hooks and the real
 * api-client run unchanged; only the network answers come from here. Every request is recorded
 * so a test can assert on what was sent.
 */
export interface RecordedRequest {
  method: string;
  url: string;
  path: string;
  search: URLSearchParams;
  body: unknown;
  credentials: RequestCredentials | undefined;
}

export interface MockResponse {
  status: number;
  body?: unknown;
}

export type MockHandler = MockResponse | ((request: RecordedRequest) => MockResponse | Promise<MockResponse>);

/** Routes keyed by `"METHOD /api/path"` (query string ignored). */
export type MockRoutes = Record<string, MockHandler>;

function fakeResponse({ status, body }: MockResponse): Response {
  const text = body === undefined ? '' : JSON.stringify(body);
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: '',
    headers: {
      get: (name: string) => (name.toLowerCase() === 'content-type' && text ? 'application/json; charset=utf-8' : null),
    },
    text: async () => text,
    json: async () => (text ? JSON.parse(text) : undefined),
  } as unknown as Response;
}

export function mockApi(routes: MockRoutes) {
  const requests: RecordedRequest[] = [];
  const fetchMock = jest.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const parsed = new URL(url, 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const request: RecordedRequest = {
      method,
      url,
      path: parsed.pathname,
      search: parsed.searchParams,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body,
      credentials: init.credentials,
    };
    requests.push(request);
    const handler = routes[`${method} ${parsed.pathname}`];
    if (!handler) return fakeResponse({ status: 404, body: { code: 'NOT_FOUND', message: `No mock for ${method} ${parsed.pathname}` } });
    return fakeResponse(typeof handler === 'function' ? await handler(request) : handler);
  });
  globalThis.fetch = fetchMock as unknown as typeof fetch;

  return {
    fetch: fetchMock,
    requests,
    /** Requests sent to one route. */
    sent: (method: string, path: string) => requests.filter((request) => request.method === method && request.path === path),
  };
}

export const unauthenticated: MockResponse = {
  status: 401,
  body: { code: 'UNAUTHENTICATED', message: 'Not signed in' },
};
