import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import {
  CreateCommitteeDocument,
  PartnershipCommitteesDocument,
  type Cadence,
  type CommitteeKind,
  type RulePreset,
} from '../../../generated/graphql';
import { CheckboxField } from '../../shell/components/CheckboxField';
import { Form } from '../../shell/components/Form';
import { SelectField } from '../../shell/components/SelectField';
import { TextAreaField } from '../../shell/components/TextAreaField';
import { TextField } from '../../shell/components/TextField';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import { RulePresetSelect } from './RulePresetSelect';
import { useDraft } from '../../shell/hooks/useDraft';

export const committeeKinds: CommitteeKind[] = [
  'GENERAL_ASSEMBLY',
  'STRATEGIC_COMMITTEE',
  'TECHNICAL_COMMITTEE',
  'WORKING_GROUP',
  'COMMUNITY_CALL',
  'ADVISORY_BOARD',
];
export const cadences: Cadence[] = ['WEEKLY', 'MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY', 'AS_NEEDED'];

/** Sets up a committee: what kind of body, how often it meets, which rule its votes follow, who sits in it. */
export function CreateCommitteeForm({ partnershipId, slug }: { partnershipId: string; slug: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errors = useFormErrors();
  const [createCommittee, { loading }] = useMutation(CreateCommitteeDocument, {
    refetchQueries: [PartnershipCommitteesDocument],
  });
  const [name, setName] = useDraft('committee.name', '');
  const [kind, setKind] = useState<CommitteeKind>('WORKING_GROUP');
  const [cadence, setCadence] = useState<Cadence>('QUARTERLY');
  const [description, setDescription] = useDraft('committee.description', '');
  const [preset, setPreset] = useState<RulePreset>('SIMPLE_MAJORITY');
  const [seatsForAllMembers, setSeatsForAllMembers] = useState(true);
  const votes = kind !== 'COMMUNITY_CALL';

  const submit = async () => {
    if (!errors.check({ name: name.trim() ? undefined : [t('committees.create.nameRequired')] })) return;
    try {
      const { data } = await createCommittee({
        variables: {
          input: {
            partnershipId,
            name: name.trim(),
            kind,
            cadence,
            description: description.trim(),
            votes,
            seatsForAllMembers,
            defaultRule: votes ? { preset } : null,
          },
        },
      });
      if (data) void navigate(`/p/${slug}/gremien/${data.createCommittee.id}`);
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <Form errors={errors} onSubmit={submit}>
      <TextField
        label={t('committees.create.name')}
        name="name"
        required
        value={name}
        onChange={(event) => setName(event.target.value)}
        errors={errors.fields.name}
      />
      <SelectField
        label={t('committees.create.kind')}
        hint={kind === 'COMMUNITY_CALL' ? t('committees.create.communityCallHint') : undefined}
        name="kind"
        value={kind}
        onChange={(event) => setKind(event.target.value as CommitteeKind)}
        errors={errors.fields.kind}
      >
        {committeeKinds.map((value) => (
          <option key={value} value={value}>
            {t(`committees.kind.${value}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('committees.create.cadence')}
        name="cadence"
        value={cadence}
        onChange={(event) => setCadence(event.target.value as Cadence)}
        errors={errors.fields.cadence}
      >
        {cadences.map((value) => (
          <option key={value} value={value}>
            {t(`committees.cadence.${value}`)}
          </option>
        ))}
      </SelectField>
      {votes && <RulePresetSelect value={preset} onChange={setPreset} errors={errors.fields.defaultRule} />}
      <TextAreaField
        label={t('committees.create.description')}
        name="description"
        rows={3}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        errors={errors.fields.description}
      />
      <CheckboxField
        label={t('committees.create.seatsForAllMembers')}
        hint={t('committees.create.seatsForAllMembersHint')}
        name="seatsForAllMembers"
        checked={seatsForAllMembers}
        onChange={(event) => setSeatsForAllMembers(event.target.checked)}
        errors={errors.fields.seatsForAllMembers}
      />
      <div className="portal-form__actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
          <span className="kern-label">{t('committees.create.submit')}</span>
        </button>
      </div>
    </Form>
  );
}
