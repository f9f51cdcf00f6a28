import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'node:util';
import { failOnUnmockedRequests, takeUnmockedRequests } from './mock-api';

// The first render of a lazy route plus antd's style generation can take over a second on a
// busy two-core CI machine; findBy* waits up to 5 s instead of 1 s (a passing test is not slower).
configure({ asyncUtilTimeout: 5000 });

// react-router 7 encodes URLs with TextEncoder, which jsdom does not provide.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// antd's responsive helpers (Grid.useBreakpoint, Table) ask matchMedia; jsdom has none.
// No width matches: components render their phone layout, as on a 390 px screen. The user
// prefers reduced motion: jsdom lays nothing out, so a CSS transition would never end and a
// closed dialog would stay in the document, leaving.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  configurable: true,
  value: (query: string): MediaQueryList =>
    ({
      matches: query === '(prefers-reduced-motion: reduce)',
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList,
});

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.assign(globalThis, { ResizeObserver: globalThis.ResizeObserver ?? ResizeObserverStub });

// antd's Form schedules watcher updates on a MessageChannel macrotask; jsdom lacks it. Node's own
// MessageChannel would keep the worker alive, so deliver the message on a timer instead.
class MessageChannelStub {
  readonly port1: { onmessage: ((event: { data: unknown }) => void) | null; close: () => void } = {
    onmessage: null,
    close: () => undefined,
  };
  readonly port2 = {
    postMessage: (data: unknown) => {
      setTimeout(() => this.port1.onmessage?.({ data }), 0);
    },
    close: () => undefined,
  };
}
if (typeof globalThis.MessageChannel === 'undefined') {
  Object.assign(globalThis, { MessageChannel: MessageChannelStub });
}

// jsdom does not implement getComputedStyle for pseudo-elements (antd measures the scrollbar).
const getComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => getComputedStyle(element);

// Every test starts in Vietnamese with nothing remembered.
beforeEach(async () => {
  window.localStorage.clear();
  const { i18n } = await import('@/lib/i18n');
  await i18n.changeLanguage('vi');
});

// A request no test route answers fails the test that sent it, naming it, so a screen cannot pass
// on the error state of a 404 nobody meant. One the previous test's screen sent after that test
// ended is not the next test's: it is forgotten before each test.
beforeEach(() => {
  takeUnmockedRequests();
});
afterEach(failOnUnmockedRequests);
