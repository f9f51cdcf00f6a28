import { ApiError } from './api-client';
import { errorMessage } from './error-message';
import { i18n, setLanguage } from './i18n';

describe(errorMessage.name, () => {
  const t = i18n.t.bind(i18n);
  const failure = (status: number, code: ApiError['code'], requestId: string | null) => new ApiError({ status, code, message: 'x', requestId });

  it.each<[string, ApiError | Error, string, string]>([
    ['a server fault names its request id', failure(500, 'INTERNAL_ERROR', 'req-42'), 'vi', ' (mã yêu cầu: req-42)'],
    ['in English too', failure(503, 'DATABASE_UNAVAILABLE', 'req-42'), 'en', ' (request id: req-42)'],
    ['a refusal of the user\'s own request does not', failure(404, 'NOT_FOUND', 'req-42'), 'vi', ''],
    ['nor a fault without an id', failure(500, 'INTERNAL_ERROR', null), 'vi', ''],
  ])('%s', async (_label, error, language, suffix) => {
    await setLanguage(language as 'vi' | 'en');
    const code = (error as ApiError).code;
    expect(errorMessage(error, t)).toBe(`${t(`errors.${code}`)}${suffix}`);
  });
});
