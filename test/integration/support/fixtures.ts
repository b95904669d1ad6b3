import { TestApp } from './test-app';

let counter = 0;

export async function createOrganisation(
  t: TestApp,
  input: Record<string, unknown> = {},
): Promise<{ id: string; name: string }> {
  counter += 1;
  const body = await t.gql<{ createOrganisation: { id: string; name: string } }>(
    `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name } }`,
    { input: { name: `Gemeinde Test ${counter}`, kind: 'MUNICIPALITY', population: 1000 * counter, ...input } },
  );
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.createOrganisation;
}

export async function createPartnership(
  t: TestApp,
  input: Record<string, unknown> = {},
): Promise<{ id: string; slug: string; name: string }> {
  counter += 1;
  const body = await t.gql<{ createPartnership: { id: string; slug: string; name: string } }>(
    `mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id slug name } }`,
    {
      input: {
        slug: `verbund-${counter}`,
        name: `Verbund ${counter}`,
        productName: 'Produkt',
        governanceModel: 'HYBRID',
        ...input,
      },
    },
  );
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.createPartnership;
}

export async function addMember(
  t: TestApp,
  partnershipId: string,
  organisationId: string,
  input: Record<string, unknown> = {},
) {
  const body = await t.gql<{
    addMembership: { id: string; status: string; joinedOn: string | null; leftOn: string | null; voteWeight: string };
  }>(
    `mutation($input: AddMembershipInput!) { addMembership(input: $input) { id status joinedOn leftOn voteWeight } }`,
    { input: { partnershipId, organisationId, ...input } },
  );
  return body;
}

export async function rowCount(t: TestApp, table: 'organisations' | 'partnerships' | 'memberships'): Promise<number> {
  const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM ${table}`);
  return count;
}
