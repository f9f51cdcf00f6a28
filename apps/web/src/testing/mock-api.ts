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

/**
 * Requests no route answered, since the last check. A component that asks for something the test
 * did not mock would otherwise render its error state and could still pass: setup-tests fails the
 * test that sent one.
 */
const unmockedRequests: string[] = [];

/** Returns the unanswered requests ("METHOD /api/path?query") and forgets them. */
export function takeUnmockedRequests(): string[] {
  return unmockedRequests.splice(0, unmockedRequests.length);
}

/** Throws, naming every request no route answered since the last check (setup-tests calls it after each test). */
export function failOnUnmockedRequests(): void {
  const unmocked = takeUnmockedRequests();
  if (unmocked.length > 0) {
    throw new Error(`Unmocked API request(s), add them to mockApi(...): ${unmocked.join(', ')}`);
  }
}

/**
 * What the app shell asks on every signed-in page (the bell's counts): a whole-app render needs
 * it whatever the screen, so it is answered here; a spec's own route for it wins.
 */
export const appShellRoutes: MockRoutes = {
  'GET /api/notifications/unread-count': { status: 200, body: { unread: 0, awaitingReceipt: null } },
};

export function mockApi(ownRoutes: MockRoutes) {
  const routes: MockRoutes = { ...appShellRoutes, ...ownRoutes };
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
    if (!handler) {
      unmockedRequests.push(`${method} ${parsed.pathname}${parsed.search}`);
      return fakeResponse({ status: 404, body: { code: 'NOT_FOUND', message: `No mock for ${method} ${parsed.pathname}` } });
    }
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
