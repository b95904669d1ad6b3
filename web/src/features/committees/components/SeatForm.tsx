import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CommitteeDocument,
  CommitteeMembersDocument,
  SetCommitteeSeatDocument,
  type SeatKind,
} from '../../../generated/graphql';
import { CheckboxField } from '../../shell/components/CheckboxField';
import { Form } from '../../shell/components/Form';
import { SelectField } from '../../shell/components/SelectField';
import { SuccessAlert } from '../../shell/components/SuccessAlert';
import { useFormErrors } from '../../shell/hooks/useFormErrors';

interface SeatFormProps {
  committeeId: string;
  slug: string;
  votes: boolean;
}

/** Gives an active member a seat, or changes its kind or makes it the chair. */
export function SeatForm({ committeeId, slug, votes }: SeatFormProps) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const { data } = useQuery(CommitteeMembersDocument, { variables: { slug } });
  const [setSeat, { loading }] = useMutation(SetCommitteeSeatDocument, {
    refetchQueries: [CommitteeDocument],
    awaitRefetchQueries: true,
  });
  const [membershipId, setMembershipId] = useState('');
  const [kind, setKind] = useState<SeatKind>(votes ? 'VOTING' : 'ADVISORY');
  const [chair, setChair] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const members = data?.partnership.members ?? [];

  const submit = async () => {
    setDone(null);
    if (!errors.check({ membershipId: membershipId ? undefined : [t('committees.seatForm.memberRequired')] })) return;
    try {
      await setSeat({ variables: { input: { committeeId, membershipId, kind, chair } } });
      const organisation = members.find((member) => member.id === membershipId)?.organisation.name ?? '';
      setDone(t('committees.seatForm.saved', { organisation }));
      errors.clear();
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <Form errors={errors} onSubmit={submit}>
      {done && <SuccessAlert message={done} />}
      <SelectField
        label={t('committees.seatForm.member')}
        name="membershipId"
        value={membershipId}
        onChange={(event) => setMembershipId(event.target.value)}
        errors={errors.fields.membershipId}
      >
        <option value="">{t('committees.seatForm.choose')}</option>
        {members.map((member) => (
          <option key={member.id} value={member.id}>
            {member.voting
              ? member.organisation.name
              : t('committees.seatForm.nonVoting', { organisation: member.organisation.name })}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('committees.seatForm.kind')}
        name="kind"
        value={kind}
        onChange={(event) => setKind(event.target.value as SeatKind)}
        errors={errors.fields.kind}
      >
        {votes && <option value="VOTING">{t('committees.seatKind.VOTING')}</option>}
        <option value="ADVISORY">{t('committees.seatKind.ADVISORY')}</option>
      </SelectField>
      <CheckboxField
        label={t('committees.seatForm.chair')}
        hint={t('committees.seatForm.chairHint')}
        name="chair"
        checked={chair}
        onChange={(event) => setChair(event.target.checked)}
        errors={errors.fields.chair}
      />
      <div className="portal-form__actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
          <span className="kern-label">{t('committees.seatForm.submit')}</span>
        </button>
      </div>
    </Form>
  );
}
