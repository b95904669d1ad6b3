import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import {
  CommitteeDocument,
  PartnershipCommitteesDocument,
  PlanSessionDocument,
  type AgendaItemKind,
} from '../../../generated/graphql';
import { daysAhead } from '../../../shared/local-date';
import { Form } from '../../shell/components/Form';
import { CheckboxField } from '../../shell/components/CheckboxField';
import { SelectField } from '../../shell/components/SelectField';
import { TextField } from '../../shell/components/TextField';
import { useFormErrors } from '../../shell/hooks/useFormErrors';

interface PlanSessionFormProps {
  committeeId: string;
  committeeName: string;
  slug: string;
  votes: boolean;
}

interface DraftItem {
  key: number;
  kind: AgendaItemKind;
  title: string;
  nonPublic: boolean;
}

export const agendaItemKinds: AgendaItemKind[] = ['INFORMATION', 'DISCUSSION', 'DECISION'];

/** Plans a session with a first agenda; the invitation is sent from the session's page once it is ready. */
export function PlanSessionForm({ committeeId, committeeName, slug, votes }: PlanSessionFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errors = useFormErrors();
  const [planSession, { loading }] = useMutation(PlanSessionDocument, {
    refetchQueries: [CommitteeDocument, PartnershipCommitteesDocument],
  });
  const [title, setTitle] = useState(() => t('committees.plan.defaultTitle', { committee: committeeName }));
  const [startsAt, setStartsAt] = useState(() => daysAhead(14, 10));
  const [endsAt, setEndsAt] = useState(() => daysAhead(14, 12));
  const [location, setLocation] = useState('');
  const [videoUrl, setVideoUrl] = useState('');
  const [items, setItems] = useState<DraftItem[]>([
    { key: 1, kind: 'INFORMATION', title: t('committees.plan.welcomeItem'), nonPublic: false },
  ]);
  const kinds = votes ? agendaItemKinds : agendaItemKinds.filter((kind) => kind !== 'DECISION');

  const change = (key: number, patch: Partial<DraftItem>) =>
    setItems((all) => all.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  const add = () =>
    setItems((all) => [
      ...all,
      { key: Math.max(0, ...all.map((item) => item.key)) + 1, kind: 'DISCUSSION', title: '', nonPublic: false },
    ]);
  const remove = (key: number) => setItems((all) => all.filter((item) => item.key !== key));

  const submit = async () => {
    const start = new Date(startsAt);
    const end = new Date(endsAt);
    const found: Record<string, string[] | undefined> = {
      title: title.trim() ? undefined : [t('committees.plan.titleRequired')],
      startsAt: Number.isNaN(start.getTime()) ? [t('committees.plan.timeRequired')] : undefined,
      endsAt: Number.isNaN(end.getTime())
        ? [t('committees.plan.timeRequired')]
        : end <= start
          ? [t('committees.plan.endBeforeStart')]
          : undefined,
    };
    items.forEach((item, index) => {
      if (!item.title.trim()) found[`agenda.${index}.title`] = [t('committees.plan.itemTitleRequired')];
    });
    if (!errors.check(found)) return;
    try {
      const { data } = await planSession({
        variables: {
          input: {
            committeeId,
            title: title.trim(),
            startsAt: start.toISOString(),
            endsAt: end.toISOString(),
            location: location.trim(),
            videoUrl: videoUrl.trim(),
            agenda: items.map((item) => ({
              kind: item.kind,
              title: item.title.trim(),
              description: '',
              public: !item.nonPublic,
            })),
          },
        },
      });
      if (data) void navigate(`/p/${slug}/sitzungen/${data.planSession.id}`);
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <Form errors={errors} onSubmit={submit}>
      <TextField
        label={t('committees.plan.title')}
        name="title"
        required
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        errors={errors.fields.title}
      />
      <TextField
        label={t('committees.plan.startsAt')}
        type="datetime-local"
        name="startsAt"
        required
        value={startsAt}
        onChange={(event) => setStartsAt(event.target.value)}
        errors={errors.fields.startsAt}
      />
      <TextField
        label={t('committees.plan.endsAt')}
        type="datetime-local"
        name="endsAt"
        required
        value={endsAt}
        onChange={(event) => setEndsAt(event.target.value)}
        errors={errors.fields.endsAt}
      />
      <TextField
        label={t('committees.plan.location')}
        hint={t('committees.plan.locationHint')}
        name="location"
        value={location}
        onChange={(event) => setLocation(event.target.value)}
        errors={errors.fields.location}
      />
      <TextField
        label={t('committees.plan.videoUrl')}
        hint={t('committees.plan.videoUrlHint')}
        type="url"
        name="videoUrl"
        value={videoUrl}
        onChange={(event) => setVideoUrl(event.target.value)}
        errors={errors.fields.videoUrl}
      />
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('committees.plan.agenda')}</legend>
        <p className="kern-hint">{t('committees.plan.agendaHint')}</p>
        <p className="kern-hint">{t('sessions.agenda.nonPublicHint')}</p>
        <ol className="committee-agenda-draft">
          {items.map((item, index) => (
            <li key={item.key} className="committee-agenda-draft__item">
              <SelectField
                label={t('committees.plan.itemKind', { number: index + 1 })}
                value={item.kind}
                onChange={(event) => change(item.key, { kind: event.target.value as AgendaItemKind })}
              >
                {kinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`sessions.itemKind.${kind}`)}
                  </option>
                ))}
              </SelectField>
              <TextField
                label={t('committees.plan.itemTitle', { number: index + 1 })}
                value={item.title}
                onChange={(event) => change(item.key, { title: event.target.value })}
                errors={errors.fields[`agenda.${index}.title`]}
              />
              <CheckboxField
                label={t('committees.plan.itemNonPublic', { number: index + 1 })}
                checked={item.nonPublic}
                onChange={(event) => change(item.key, { nonPublic: event.target.checked })}
              />
              <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => remove(item.key)}>
                <span className="kern-label">{t('committees.plan.removeItem', { number: index + 1 })}</span>
              </button>
            </li>
          ))}
        </ol>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={add} disabled={items.length >= 50}>
          <span className="kern-label">{t('committees.plan.addItem')}</span>
        </button>
      </fieldset>
      <div className="portal-form__actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
          <span className="kern-label">{t('committees.plan.submit')}</span>
        </button>
      </div>
    </Form>
  );
}
