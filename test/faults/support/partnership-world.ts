import * as argon2 from 'argon2';
import { Api, inBatches } from './graphql-client';
import { withCluster } from './cluster-sql';

export const PASSWORD = 'correct horse battery staple';
export const FEE_CENTS = 100_000n;

export interface Member {
  index: number;
  organisationId: string;
  organisationName: string;
  membershipId: string;
  /** The session of the member's representative. */
  cookie: string;
}

export interface World {
  partnershipId: string;
  slug: string;
  committeeId: string;
  /** Platform administration: reads the audit chain. */
  admin: string;
  /** Community management: opens and closes votes. */
  manager: string;
  treasurer: string;
  members: Member[];
}

/**
 * A partnership of `size` municipalities, each with its own signed-in representative, a general
 * assembly seating them all, and a fee schedule under which each owes FEE_CENTS. Everything goes
 * through the API except the people: an account with a role takes an invitation, a mail and a
 * token per person there, so they are written as the integration tests write them.
 */
export async function buildWorld(api: Api, dataDir: string, size: number): Promise<World> {
  // argon2id as the server writes it, but with little memory and time: verifying reads the cost from the hash,
  // and 120 sign-ins at the server's own cost (64 MiB each) would take most of the test's time.
  const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id, memoryCost: 4096, timeCost: 2, parallelism: 1 });
  const addPeople = (
    partnershipId: string | null,
    people: { email: string; admin?: boolean; role?: string; organisationId?: string }[],
  ) =>
    withCluster(dataDir, async (db) => {
      for (const person of people) {
        const { rows } = await db.query(
          `INSERT INTO users (email, display_name, password_hash, is_platform_admin) VALUES ($1, $2, $3, $4) RETURNING id`,
          [person.email, person.email.split('@')[0], hash, person.admin ?? false],
        );
        if (person.role)
          await db.query(
            `INSERT INTO partnership_roles (partnership_id, user_id, role, organisation_id) VALUES ($1, $2, $3, $4)`,
            [partnershipId, rows[0].id, person.role, person.organisationId ?? null],
          );
      }
    });

  await addPeople(null, [{ email: 'admin@kill.example', admin: true }]);
  const admin = await api.signIn('admin@kill.example', PASSWORD);
  const slug = 'kill-mid-write';
  const { createPartnership } = await api.ok<{ createPartnership: { id: string } }>(
    admin,
    `mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }`,
    { input: { slug, name: 'Verbund Absturz', productName: 'Fachverfahren', governanceModel: 'HYBRID' } },
  );
  const partnershipId = createPartnership.id;

  // Zero-padded, so the fee run's order (by name) is the order of the indexes.
  const names = Array.from({ length: size }, (_, i) => `Gemeinde ${String(i + 1).padStart(3, '0')}`);
  const joined = await inBatches(names, 4, async (name) => {
    const { createOrganisation } = await api.ok<{ createOrganisation: { id: string } }>(
      admin,
      `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
      { input: { name, kind: 'MUNICIPALITY', population: 1000 } },
    );
    const { addMembership } = await api.ok<{ addMembership: { id: string } }>(
      admin,
      `mutation($input: AddMembershipInput!) { addMembership(input: $input) { id } }`,
      { input: { partnershipId, organisationId: createOrganisation.id, joinedOn: '2020-01-01' } },
    );
    return { organisationId: createOrganisation.id, organisationName: name, membershipId: addMembership.id };
  });

  const email = (i: number) => `vertretung-${i + 1}@kill.example`;
  await addPeople(partnershipId, [
    { email: 'gemeinschaft@kill.example', role: 'COMMUNITY_MANAGER' },
    { email: 'kasse@kill.example', role: 'TREASURER' },
    ...joined.map((m, i) => ({ email: email(i), role: 'REPRESENTATIVE', organisationId: m.organisationId })),
  ]);
  const manager = await api.signIn('gemeinschaft@kill.example', PASSWORD);
  const treasurer = await api.signIn('kasse@kill.example', PASSWORD);
  const cookies = await inBatches(
    joined.map((_, i) => i),
    4,
    (i) => api.signIn(email(i), PASSWORD),
  );
  const members = joined.map((m, index) => ({ ...m, index, cookie: cookies[index] }));

  const { createCommittee } = await api.ok<{ createCommittee: { id: string } }>(
    manager,
    `mutation($input: CreateCommitteeInput!) { createCommittee(input: $input) { id } }`,
    {
      input: { partnershipId, name: 'Mitgliederversammlung', kind: 'GENERAL_ASSEMBLY', cadence: 'QUARTERLY' },
    },
  );
  await api.ok(
    treasurer,
    `mutation($input: UpdateFeeScheduleInput!) { updateFeeSchedule(input: $input) { schedule { baseYear } } }`,
    {
      input: {
        partnershipId,
        baseYear: 2026,
        dueDays: 30,
        tiers: [{ label: 'Gemeinden', kinds: ['MUNICIPALITY'], minPopulation: 0, amountCents: String(FEE_CENTS) }],
      },
    },
  );
  return { partnershipId, slug, committeeId: createCommittee.id, admin, manager, treasurer, members };
}
