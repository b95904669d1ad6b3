import { Permission, permissionsIn, Role } from '../../common/auth/permissions';
import { AppError } from '../../common/graphql/app-error';
import { Viewer } from '../../auth/viewer';
import { msg } from '../../common/i18n/messages';

/**
 * Who may read an organisation's statement: whoever reads the partnership's finances, or a representative
 * acting for that very organisation (CONTRACTS_SIGN and a role for it in this partnership).
 */
export function mayReadStatement(viewer: Viewer | null, partnershipId: string, organisationId: string): boolean {
  const permissions = permissionsIn(viewer, partnershipId);
  if (permissions.has(Permission.FINANCE_READ)) return true;
  return (
    permissions.has(Permission.CONTRACTS_SIGN) &&
    !!viewer?.roles.some(
      (r) => r.partnershipId === partnershipId && r.role === Role.REPRESENTATIVE && r.organisationId === organisationId,
    )
  );
}

export function assertMayReadStatement(viewer: Viewer | null, partnershipId: string, organisationId: string): void {
  if (mayReadStatement(viewer, partnershipId, organisationId)) return;
  throw new AppError('FORBIDDEN', msg('report.statementForbidden'));
}

/** The organisations the viewer represents in the partnership (the statements a representative may open). */
export function representedOrganisations(viewer: Viewer | null, partnershipId: string): string[] {
  if (!viewer) return [];
  return [
    ...new Set(
      viewer.roles
        .filter((r) => r.partnershipId === partnershipId && r.role === Role.REPRESENTATIVE && r.organisationId)
        .map((r) => r.organisationId as string),
    ),
  ];
}
