import { checkpointFromParams, checkpointParams, checkpointProblems } from './checkpoint-link';

const hash = 'ab'.repeat(32);

describe('checkpoint links and checks', () => {
  it('carries a checkpoint through the audit page’s address', () => {
    const params = new URLSearchParams(checkpointParams({ sequence: 42, hash }));
    expect(checkpointFromParams(params)).toEqual({ sequence: '42', hash });
    expect(checkpointFromParams(new URLSearchParams())).toEqual({ sequence: '', hash: '' });
  });

  it('accepts a number from 1 and 64 hexadecimal digits, copied with spaces or in capitals', () => {
    expect(checkpointProblems('42', hash)).toEqual([]);
    expect(checkpointProblems(' 42 ', ` ${hash.toUpperCase()} `)).toEqual([]);
    expect(checkpointProblems('0', hash)).toEqual(['sequence']);
    expect(checkpointProblems('4.2', hash)).toEqual(['sequence']);
    expect(checkpointProblems('42', hash.slice(1))).toEqual(['hash']);
    expect(checkpointProblems('', 'xyz')).toEqual(['sequence', 'hash']);
  });
});
