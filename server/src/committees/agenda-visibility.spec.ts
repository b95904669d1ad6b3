import { Role } from '../common/auth/permissions';
import { voteSubjectTypes, type VoteSubjectType } from '../votes/vote-subjects';
import { publicByDefault, seesNonPublicItems, visibleItems } from './agenda-visibility';
import { AgendaItemKind } from './committee-enums';

const P = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';

describe('publicByDefault', () => {
  // Every kind with every subject (and none): the whole table, written out.
  const expected: Record<AgendaItemKind, Record<VoteSubjectType | 'none', boolean>> = {
    INFORMATION: { none: true, FEATURE_REQUEST: true, FUND_ALLOCATION: false, MEMBERSHIP_APPLICATION: false },
    DISCUSSION: { none: true, FEATURE_REQUEST: true, FUND_ALLOCATION: false, MEMBERSHIP_APPLICATION: false },
    DECISION: { none: true, FEATURE_REQUEST: true, FUND_ALLOCATION: false, MEMBERSHIP_APPLICATION: false },
  };
  const cases = Object.values(AgendaItemKind).flatMap((kind) =>
    (['none', ...voteSubjectTypes] as const).map((subject) => [kind, subject, expected[kind][subject]] as const),
  );

  it('covers every kind and subject', () => {
    expect(cases).toHaveLength(Object.values(AgendaItemKind).length * (voteSubjectTypes.length + 1));
  });

  it.each(cases)('%s about %s: public %s', (kind, subject, isPublic) => {
    const subjectType = subject === 'none' ? null : subject;
    expect(publicByDefault({ kind, subjectType })).toBe(isPublic);
    if (subjectType === null) expect(publicByDefault({ kind })).toBe(isPublic);
  });
});

describe('seesNonPublicItems', () => {
  it.each(Object.values(Role))('lets a %s of the partnership see them', (role) => {
    expect(seesNonPublicItems({ isPlatformAdmin: false, roles: [{ partnershipId: P, role }] }, P)).toBe(true);
  });

  it('hides them from anonymous visitors, people without a role and members of another partnership', () => {
    expect(seesNonPublicItems(null, P)).toBe(false);
    expect(seesNonPublicItems({ isPlatformAdmin: false, roles: [] }, P)).toBe(false);
    expect(seesNonPublicItems({ isPlatformAdmin: false, roles: [{ partnershipId: OTHER, role: Role.ADMIN }] }, P)).toBe(
      false,
    );
  });

  it('shows them to platform admins', () => {
    expect(seesNonPublicItems({ isPlatformAdmin: true, roles: [] }, P)).toBe(true);
  });
});

describe('visibleItems', () => {
  const items = [
    { position: 1, public: true },
    { position: 2, public: false },
    { position: 3, public: true },
  ];

  it('keeps every item, in order, for members', () => {
    expect(visibleItems(items, true).map((i) => i.position)).toEqual([1, 2, 3]);
  });

  it('leaves the non-public ones out for everyone else, keeping the positions of the others', () => {
    expect(visibleItems(items, false).map((i) => i.position)).toEqual([1, 3]);
  });
});
