import { addMember, createOrganisation, createPartnership } from './fixtures';
import { TestApp } from './test-app';

export interface VotingPartnership {
  partnershipId: string;
  slug: string;
  committeeId: string;
  cm: string;
  members: { membershipId: string; organisationId: string; cookie: string }[];
}

/** A secret, weighted simple majority of the yes and no votes: no quorum, a tie fails, ballots cannot change. */
export const secretMajority = {
  fraction: { p: 1, q: 2 },
  comparator: 'GREATER',
  base: 'YES_NO',
  quorum: { kind: 'NONE' },
  tieBreak: 'FAILS',
  veto: false,
  weighted: true,
  secret: true,
  allowChange: false,
  earlyClose: false,
};

let n = 0;

/** A partnership with `size` voting members, each with its own signed-in representative, and a committee seating them all. */
export async function votingPartnership(
  t: TestApp,
  size: number,
  options: {
    weights?: string[];
    veto?: number[];
    rule?: Record<string, unknown>;
    /** Fields of the partnership's CreatePartnershipInput, e.g. `publicTransparency: true`. */
    partnership?: Record<string, unknown>;
  } = {},
): Promise<VotingPartnership> {
  n += 1;
  const p = await createPartnership(t, options.partnership);
  const members: VotingPartnership['members'] = [];
  for (let i = 0; i < size; i++) {
    const o = await createOrganisation(t);
    const m = await addMember(t, p.id, o.id, {
      voteWeight: options.weights?.[i] ?? '1',
      vetoRight: options.veto?.includes(i) ?? false,
    });
    if (!m.data) throw new Error(JSON.stringify(m.errors));
    const cookie = await t.createUser(`rep-${n}-${i}@votes.example`, {
      roles: [{ partnershipId: p.id, role: 'REPRESENTATIVE', organisationId: o.id }],
    });
    members.push({ membershipId: m.data.addMembership.id, organisationId: o.id, cookie });
  }
  const cm = await t.createUser(`cm-${n}@votes.example`, {
    roles: [{ partnershipId: p.id, role: 'COMMUNITY_MANAGER' }],
  });
  const created = await t.gqlAs<{ createCommittee: { id: string } }>(
    cm,
    `mutation($input: CreateCommitteeInput!) { createCommittee(input: $input) { id } }`,
    {
      input: {
        partnershipId: p.id,
        name: 'Mitgliederversammlung',
        kind: 'GENERAL_ASSEMBLY',
        cadence: 'QUARTERLY',
        ...(options.rule ? { defaultRule: options.rule } : {}),
      },
    },
  );
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  return { partnershipId: p.id, slug: p.slug, committeeId: created.data.createCommittee.id, cm, members };
}
