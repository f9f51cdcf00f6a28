import { getMeQueryOptions } from '@/features/auth/api/get-me';
import { createQueryClient } from '@/lib/react-query';
import { AppProvider } from './provider';
import { AppRouter } from './router';

const queryClient = createQueryClient();
// Ask "who is signed in?" while the route chunks load, not after.
void queryClient.prefetchQuery(getMeQueryOptions());

export function App() {
  return (
    <AppProvider queryClient={queryClient}>
      <AppRouter />
    </AppProvider>
  );
}
