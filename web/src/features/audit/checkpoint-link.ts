/** The audit page's query parameters that fill in its checkpoint check. */
export function checkpointParams(checkpoint: { sequence: number; hash: string }): string {
  return new URLSearchParams({ pruefpunkt: String(checkpoint.sequence), hash: checkpoint.hash }).toString();
}

/** The checkpoint named in the audit page's address, as typed values for its form. */
export function checkpointFromParams(params: URLSearchParams): { sequence: string; hash: string } {
  return { sequence: params.get('pruefpunkt') ?? '', hash: params.get('hash') ?? '' };
}

export type CheckpointProblem = 'sequence' | 'hash';

/** What is wrong with a typed checkpoint, before it is sent: a whole number from 1, and 64 hexadecimal digits. */
export function checkpointProblems(sequence: string, hash: string): CheckpointProblem[] {
  const problems: CheckpointProblem[] = [];
  if (!/^\s*[1-9][0-9]{0,9}\s*$/.test(sequence)) problems.push('sequence');
  if (!/^\s*[0-9a-fA-F]{64}\s*$/.test(hash)) problems.push('hash');
  return problems;
}
