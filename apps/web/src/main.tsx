import { createQueryClient } from '@/lib/react-query';
import { startInitialData } from './app/routes/initial-data';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The session, the next screen's code and its data are asked for first, while React's renderer,
// antd, the router, the translations and the rest of the app download: this module imports only
// what those requests need (react-query and React's small core among them), and the app itself,
// with react-dom, comes in by a dynamic import.
const queryClient = createQueryClient();
startInitialData(queryClient, window.location.pathname);

const { renderApp } = await import('./app');
await renderApp(container, queryClient);
