import { DashboardHome } from '@/features/dashboard/components/dashboard-home';

/** `/dashboard`: the leaders' start page and the office's menu entry — the newest period's dashboard. */
export default function DashboardRoute() {
  return <DashboardHome />;
}
