/**
 * What a password chosen by a person must be (the profile's change-password form and route).
 * Length first, as NIST SP 800-63B advises, plus the mix of character kinds Vietnamese
 * information-security guidance asks of government systems (chữ hoa, chữ thường, chữ số, ký tự
 * đặc biệt — three of the four here). Temporary passwords made by the server pass it too.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
export const PASSWORD_MIN_CHARACTER_KINDS = 3;

/** The rules a password can break, in the order a form lists them. */
export const PASSWORD_PROBLEMS = ['tooShort', 'tooLong', 'tooFewKinds', 'containsLogin', 'spaceAtEdge'] as const;
export type PasswordProblem = (typeof PASSWORD_PROBLEMS)[number];

/** Characters, not UTF-16 units: "Đường@2025x" is eleven, whatever its encoding. */
function lengthOf(password: string): number {
  return Array.from(password.normalize('NFC')).length;
}

/** How many of lower-case letters, upper-case letters, digits and other characters appear. */
export function characterKinds(password: string): number {
  const composed = password.normalize('NFC'); // a decomposed "ê" is one letter, not a letter and a mark
  const kinds = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{L}\p{Nd}]/u];
  return kinds.filter((kind) => kind.test(composed)).length;
}

/**
 * The rules `password` breaks (none: it may be used). `login` is the account's login name: a
 * password that contains it (any case) is the first thing anyone would try.
 */
export function passwordProblems(password: string, context: { login?: string | null } = {}): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const composed = password.normalize('NFC');
  const length = lengthOf(composed);
  if (length < PASSWORD_MIN_LENGTH) problems.push('tooShort');
  if (length > PASSWORD_MAX_LENGTH) problems.push('tooLong');
  if (characterKinds(composed) < PASSWORD_MIN_CHARACTER_KINDS) problems.push('tooFewKinds');
  const login = context.login?.trim().toLowerCase();
  if (login && login.length >= 3 && composed.toLowerCase().includes(login)) problems.push('containsLogin');
  // Pasted passwords often carry a stray space; refusing it beats a password nobody can type again.
  if (password !== password.trim()) problems.push('spaceAtEdge');
  return problems;
}

export function isAcceptablePassword(password: string, context: { login?: string | null } = {}): boolean {
  return passwordProblems(password, context).length === 0;
}
