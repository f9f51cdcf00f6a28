import type { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { languageReady } from '@/lib/i18n';
import { AppProvider } from './provider';
import { AppRouter } from './router';

/** The whole app on a query client that main.tsx has already started filling (routes/initial-data.ts). */
export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <AppProvider queryClient={queryClient}>
      <AppRouter />
    </AppProvider>
  );
}

/** Renders the app into `container` once the remembered language's texts are in (an English user gets English from the first frame). */
export async function renderApp(container: HTMLElement, queryClient: QueryClient): Promise<void> {
  await languageReady;
  createRoot(container).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
}
