import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PASSWORD_PROBLEMS, passwordProblems, type PasswordProblem } from '@giao-ban/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface PasswordCheck {
  rule: PasswordProblem;
  label: string;
  met: boolean;
}

/**
 * The password rule of libs/shared, rule by rule, for what is typed now: the same function the
 * API applies, so the form never accepts what the server refuses. `tooLong` is listed only once
 * it is broken (nobody needs to be told about 128 characters).
 */
export function usePasswordChecklist(password: string, login: string): PasswordCheck[] {
  const { t } = useTranslation();
  return useMemo(() => {
    const broken = new Set(passwordProblems(password, { login }));
    return PASSWORD_PROBLEMS.filter((rule) => rule !== 'tooLong' || broken.has(rule)).map((rule) => ({
      rule,
      label: t(`profile.password.rules.${rule}`, { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH }),
      met: password !== '' && !broken.has(rule),
    }));
  }, [password, login, t]);
}
