import { msg } from '../common/i18n/messages';
import fc from 'fast-check';
import { checkMembershipDates } from './membership-dates';
import { MembershipStatus } from './membership-status';

const date = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const statuses = Object.values(MembershipStatus);

describe('checkMembershipDates', () => {
  it('accepts a member who left on or after joining', () => {
    expect(
      checkMembershipDates({ status: MembershipStatus.LEFT, joinedOn: '2020-01-01', leftOn: '2020-01-01' }),
    ).toEqual({});
    expect(
      checkMembershipDates({ status: MembershipStatus.LEFT, joinedOn: '2020-01-01', leftOn: '2024-06-30' }),
    ).toEqual({});
  });

  it('refuses leaving before joining, saying both dates', () => {
    expect(
      checkMembershipDates({ status: MembershipStatus.LEFT, joinedOn: '2020-01-02', leftOn: '2020-01-01' }),
    ).toEqual({
      leftOn: [msg('membership.leftBeforeJoined', { leftOn: '2020-01-01', joinedOn: '2020-01-02' })],
    });
  });

  it.each(statuses.filter((s) => s !== MembershipStatus.LEFT))('refuses a leaving date with status %s', (status) => {
    expect(checkMembershipDates({ status, joinedOn: null, leftOn: '2020-01-01' }).leftOn).toEqual([
      msg('membership.leftOnlyWhenLeft', { status }),
    ]);
  });

  it('accepts every status without a leaving date', () => {
    for (const status of statuses)
      expect(checkMembershipDates({ status, joinedOn: '2021-05-01', leftOn: null })).toEqual({});
  });

  it('agrees with date order for any pair of dates (property)', () => {
    fc.assert(
      fc.property(date, date, (joinedOn, leftOn) => {
        const errors = checkMembershipDates({ status: MembershipStatus.LEFT, joinedOn, leftOn });
        expect(Object.keys(errors).length === 0).toBe(leftOn >= joinedOn);
      }),
    );
  });
});
