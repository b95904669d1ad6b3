import { useTranslation } from 'react-i18next';
import type { MembershipStatus, PartnershipQuery } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { NotSpecified } from '../../shell/components/NotSpecified';
import { TableRegion } from '../../shell/components/TableRegion';

type Member = PartnershipQuery['partnership']['members'][number];

interface MemberTableProps {
  partnershipName: string;
  members: Member[];
}

const statusBadge: Record<MembershipStatus, string> = {
  ACTIVE: 'kern-badge--success',
  APPLIED: 'kern-badge--info',
  SUSPENDED: 'kern-badge--warning',
  LEFT: 'kern-badge--info',
  REJECTED: 'kern-badge--danger',
};

export function MemberTable({ partnershipName, members }: MemberTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (members.length === 0) return <p className="kern-body">{t('partnership.noMembers')}</p>;

  return (
    <TableRegion caption={t('partnership.membersCaption', { name: partnershipName })}>
      <thead>
        <tr className="kern-table__row">
          <th scope="col" className="kern-table__header">
            {t('partnership.columns.name')}
          </th>
          <th scope="col" className="kern-table__header">
            {t('partnership.columns.kind')}
          </th>
          <th scope="col" className="kern-table__header kern-table__header--numeric">
            {t('partnership.columns.population')}
          </th>
          <th scope="col" className="kern-table__header">
            {t('partnership.columns.status')}
          </th>
          <th scope="col" className="kern-table__header">
            {t('partnership.columns.since')}
          </th>
        </tr>
      </thead>
      <tbody className="kern-table__body">
        {members.map((member) => (
          <tr className="kern-table__row" key={member.id}>
            <th scope="row" className="kern-table__header">
              {member.organisation.name}
            </th>
            <td className="kern-table__cell">{t(`organisationKind.${member.organisation.kind}`)}</td>
            <td className="kern-table__cell kern-table__cell--numeric">
              {member.organisation.population === null ? (
                <NotSpecified />
              ) : (
                format.integer(member.organisation.population)
              )}
            </td>
            <td className="kern-table__cell">
              <span className={`kern-badge ${statusBadge[member.status]}`}>
                <span className="kern-label kern-label--small">{t(`membershipStatus.${member.status}`)}</span>
              </span>
            </td>
            <td className="kern-table__cell">
              {member.joinedOn === null ? (
                <NotSpecified />
              ) : (
                <time dateTime={member.joinedOn}>{format.localDate(member.joinedOn)}</time>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}
