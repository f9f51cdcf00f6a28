import { useParams } from 'react-router';
import { NotFoundResult } from '@/components/errors/error-results';
import { PeriodDetails } from '@/features/periods/components/period-details';

export default function PeriodRoute() {
  const { periodId } = useParams<'periodId'>();
  if (!periodId) return <NotFoundResult />;
  // keyed so that moving between periods starts from a clean state
  return <PeriodDetails key={periodId} periodId={periodId} />;
}
