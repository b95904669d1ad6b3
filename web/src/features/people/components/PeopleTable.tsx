import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  PartnershipNavDocument,
  PartnershipPeopleDocument,
  RemoveRoleDocument,
  type PartnershipPeopleQuery,
} from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { ConfirmDialog } from '../../shell/components/ConfirmDialog';
import { NotSpecified } from '../../shell/components/NotSpecified';
import { OutcomeAlert } from '../../shell/components/OutcomeAlert';
import { DataTable } from '../../shell/components/DataTable';
import { useConfirmedAction } from '../../shell/hooks/useConfirmedAction';

type Person = PartnershipPeopleQuery['partnership']['peopleList']['nodes'][number];

interface PeopleTableProps {
  partnershipName: string;
  people: Person[];
}

export function PeopleTable({ partnershipName, people }: PeopleTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  // The nav may lose "Personen & Rollen" when someone removes their own role, so it asks again too.
  const [removeRole] = useMutation(RemoveRoleDocument, {
    refetchQueries: [PartnershipPeopleDocument, PartnershipNavDocument],
    awaitRefetchQueries: true,
  });
  // Only the roles the viewer may take away offer a button (a representative: those of its own organisation).
  const canManage = people.some((person) => person.viewerCanRemove);
  const removal = useConfirmedAction(async (person: Person) => {
    await removeRole({ variables: { id: person.id } });
    return t('people.removed', { name: person.user.displayName, role: t(`role.${person.role}`) });
  });

  return (
    <>
      <OutcomeAlert outcome={removal.outcome} />
      {people.length === 0 ? (
        <p className="kern-body">{t('people.none')}</p>
      ) : (
        <DataTable
          caption={t('people.caption', { name: partnershipName })}
          stacked
          rows={people}
          rowKey={(person) => person.id}
          columns={[
            {
              id: 'name',
              header: t('people.columns.name'),
              rowHeader: true,
              cell: (person) => person.user.displayName,
            },
            { id: 'email', header: t('people.columns.email'), cell: (person) => person.user.email },
            { id: 'role', header: t('people.columns.role'), cell: (person) => t(`role.${person.role}`) },
            {
              id: 'organisation',
              header: t('people.columns.organisation'),
              cell: (person) => person.organisation?.name ?? <NotSpecified />,
            },
            {
              id: 'since',
              header: t('people.columns.since'),
              cell: (person) => <time dateTime={person.createdAt}>{format.day(person.createdAt)}</time>,
            },
            canManage && {
              id: 'actions',
              header: t('people.columns.actions'),
              kind: 'action',
              cell: (person) =>
                person.viewerCanRemove && (
                  <button
                    type="button"
                    className="kern-btn kern-btn--tertiary kern-btn--x-small"
                    onClick={() => removal.ask(person)}
                  >
                    <span className="kern-icon kern-icon--delete" aria-hidden="true" />
                    <span className="kern-label">
                      {t('people.remove')}
                      <span className="portal-sr-only">
                        {' '}
                        {t('people.removeContext', {
                          name: person.user.displayName,
                          role: t(`role.${person.role}`),
                        })}
                      </span>
                    </span>
                  </button>
                ),
            },
          ]}
        />
      )}
      {removal.pending && (
        <ConfirmDialog
          title={t('people.removeTitle')}
          message={t('people.removeQuestion', {
            name: removal.pending.user.displayName,
            email: removal.pending.user.email,
            role: t(`role.${removal.pending.role}`),
            partnership: partnershipName,
          })}
          confirmLabel={t('people.removeConfirm')}
          busy={removal.busy}
          onConfirm={() => void removal.confirm()}
          onCancel={removal.cancel}
        />
      )}
    </>
  );
}
