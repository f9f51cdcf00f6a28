import { useTranslation } from 'react-i18next';
import { useNavigation } from 'react-router';
import { HEADER_ACCENT } from './layouts/theme';

/**
 * A thin bar along the top of the window while the router loads the next screen (its code, or
 * what it is sent on to): the router keeps the current screen until then, so without it a click
 * on a slow line would look like nothing happened.
 */
export function RouteProgress() {
  const { t } = useTranslation();
  const navigation = useNavigation();
  if (navigation.state === 'idle') return null;
  return <div className="gb-route-progress" role="progressbar" aria-label={t('common.loading')} style={{ background: HEADER_ACCENT }} />;
}
