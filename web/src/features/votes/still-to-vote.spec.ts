import { stillToVote } from './still-to-vote';

const entitled = [
  { membershipId: 'a', hasVoted: true },
  { membershipId: 'b', hasVoted: false },
  { membershipId: 'c', hasVoted: false },
  { membershipId: 'd', hasVoted: false },
  { membershipId: 'e', hasVoted: false },
];

describe('stillToVote', () => {
  it('counts everyone entitled who has not voted in a written procedure', () => {
    expect(stillToVote(entitled, null)).toBe(4);
  });

  it('counts only the present, and those carried by a present proxy, in a session', () => {
    const attendance = [
      { membershipId: 'a', present: true },
      { membershipId: 'b', present: true },
      { membershipId: 'c', present: false, proxyMembershipId: 'b' },
      { membershipId: 'd', present: false, proxyMembershipId: 'e' },
      { membershipId: 'e', present: false },
    ];
    expect(stillToVote(entitled, attendance)).toBe(2);
  });

  it('is 0 once every present member has voted', () => {
    expect(stillToVote(entitled, [{ membershipId: 'a', present: true }])).toBe(0);
  });
});
