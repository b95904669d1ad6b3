/** The server refuses shorter passwords; the form says so before sending. */
export const minPasswordLength = 12;

export type NewPasswordProblem = 'tooShort' | 'mismatch';

/** What is wrong with a new password and its repetition, per field; empty when both are fine. */
export function checkNewPassword(
  password: string,
  repeat: string,
): { password?: NewPasswordProblem; repeat?: NewPasswordProblem } {
  const problems: { password?: NewPasswordProblem; repeat?: NewPasswordProblem } = {};
  if (password.length < minPasswordLength) problems.password = 'tooShort';
  if (repeat !== password) problems.repeat = 'mismatch';
  return problems;
}

/** A deliberately loose check: the server decides; this only catches an obviously missing "@". */
export function looksLikeEmail(value: string): boolean {
  return /^[^@\s]+@[^@\s]+$/.test(value.trim());
}
