import { useTranslation } from 'react-i18next';
import type { MembershipStatus, PartnershipQuery } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { NotSpecified } from '../../shell/components/NotSpecified';
import { DataTable } from '../../shell/components/DataTable';

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
    <DataTable
      caption={t('partnership.membersCaption', { name: partnershipName })}
      stacked
      rows={members}
      rowKey={(member) => member.id}
      columns={[
        {
          id: 'name',
          header: t('partnership.columns.name'),
          rowHeader: true,
          cell: (member) => member.organisation.name,
        },
        {
          id: 'kind',
          header: t('partnership.columns.kind'),
          cell: (member) => t(`organisationKind.${member.organisation.kind}`),
        },
        {
          id: 'population',
          header: t('partnership.columns.population'),
          kind: 'numeric',
          cell: (member) =>
            member.organisation.population === null ? <NotSpecified /> : format.integer(member.organisation.population),
        },
        {
          id: 'status',
          header: t('partnership.columns.status'),
          cell: (member) => (
            <span className={`kern-badge ${statusBadge[member.status]}`}>
              <span className="kern-label kern-label--small">{t(`membershipStatus.${member.status}`)}</span>
            </span>
          ),
        },
        {
          id: 'since',
          header: t('partnership.columns.since'),
          cell: (member) =>
            member.joinedOn === null ? (
              <NotSpecified />
            ) : (
              <time dateTime={member.joinedOn}>{format.localDate(member.joinedOn)}</time>
            ),
        },
      ]}
    />
  );
}
