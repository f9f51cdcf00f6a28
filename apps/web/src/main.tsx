import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from '@/lib/react-query';
import { startInitialData } from './app/routes/initial-data';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The session, the next screen's code and its data are asked for first, while antd, the router,
// the translations and the rest of the app download: this module imports only what those
// requests need (React and react-query among them), and the app itself comes in by a dynamic import.
const queryClient = createQueryClient();
startInitialData(queryClient, window.location.pathname);

const { App } = await import('./app');
createRoot(container).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);
