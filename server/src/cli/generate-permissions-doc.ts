import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { Permission, PlatformPermission, Role, rolePermissions } from '../common/auth/permissions';
import { ACCESS_RULE, AccessRule } from '../common/auth/access.decorators';
import { repoRoot } from '../common/config/config';
import { resolvers } from '../resolvers';

const docFile = path.join(repoRoot, 'docs', 'permissions.md');

function describe(rule: AccessRule | undefined): string {
  if (!rule) return '**denied** (no rule)';
  switch (rule.kind) {
    case 'public':
      return 'anyone';
    case 'signed-in':
      return 'signed in';
    case 'platform':
      return `platform admin (${rule.permission})`;
    case 'anywhere':
      return `\`${rule.permission}\` in any partnership`;
    case 'partnership':
      return `\`${rule.permission}\` in the partnership`;
    case 'readable':
      return rule.membersOnly
        ? 'anyone when the partnership is public and the record is not for members only (non-public agenda item), else `PARTNERSHIP_READ` there'
        : 'anyone when the partnership is public, else `PARTNERSHIP_READ` there';
  }
}

/** `@Resolver(() => Partnership)` keeps the arrow function, `@Resolver(Partnership)` the class. */
function typeName(value: unknown): string {
  if (typeof value !== 'function') return String(value);
  return value.prototype ? value.name : (value as () => { name: string })().name;
}

/** Every operation and field resolver with the rule the access guard applies to it. */
function operations(): string[][] {
  const rows: string[][] = [];
  for (const resolver of resolvers) {
    const parent = typeName(Reflect.getMetadata('graphql:resolver_type', resolver));
    const prototype = resolver.prototype as unknown as Record<string, unknown>;
    for (const method of Object.getOwnPropertyNames(prototype)) {
      const handler = prototype[method];
      if (method === 'constructor' || typeof handler !== 'function') continue;
      const root = Reflect.getMetadata('graphql:resolver_type', handler) as string | undefined;
      const field = Reflect.getMetadata('graphql:resolver_name', handler) as string | undefined;
      const name =
        root === 'Query' || root === 'Mutation' ? `${root}.${field ?? method}` : `${parent}.${field ?? method}`;
      const rule = Reflect.getMetadata(ACCESS_RULE, handler) as AccessRule | undefined;
      const isField = root !== 'Query' && root !== 'Mutation';
      rows.push([`\`${name}\``, isField && rule?.kind === 'public' ? 'whoever may read the object' : describe(rule)]);
    }
  }
  return rows.sort((a, b) => a[0].localeCompare(b[0]));
}

export function renderPermissionsDoc(): string {
  const roles = Object.values(Role);
  const table = (head: string[], rows: string[][]) =>
    [
      `| ${head.join(' | ')} |`,
      `| ${head.map(() => '---').join(' | ')} |`,
      ...rows.map((r) => `| ${r.join(' | ')} |`),
    ].join('\n');
  return `# Permissions

Generated from \`server/src/common/auth/permissions.ts\` and the resolvers' access rules by \`npm run docs:permissions\`;
CI fails when this file differs from what the code says. Platform admins hold every permission in every
partnership, and alone: ${Object.values(PlatformPermission)
    .map((p) => `\`${p}\``)
    .join(', ')}.

## Roles

${table(
  ['permission', ...roles.map((r) => `\`${r}\``)],
  Object.values(Permission).map((p) => [`\`${p}\``, ...roles.map((r) => (rolePermissions[r].includes(p) ? '✓' : ''))]),
)}

A partnership whose transparency pages are public can be read by anyone; the others need \`PARTNERSHIP_READ\` there
(signed out: \`UNAUTHENTICATED\`, signed in without it: \`FORBIDDEN\`).

## Operations and fields

${table(['operation or field', 'who may'], operations())}
`;
}

async function main(): Promise<void> {
  const rendered = renderPermissionsDoc();
  if (process.argv.includes('--check')) {
    const committed = await readFile(docFile, 'utf8').catch(() => '');
    if (committed !== rendered) {
      console.error('docs/permissions.md differs from the code: run `npm run docs:permissions` and commit it.');
      process.exit(1);
    }
    console.log('docs/permissions.md is up to date.');
    return;
  }
  await writeFile(docFile, rendered);
  console.log('Wrote docs/permissions.md');
}

if (require.main === module) void main();
