import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CreateFundPurposeDocument,
  FundOverviewDocument,
  UpdateFundPurposeDocument,
  UpdateFundSettingsDocument,
} from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { Form } from '../../shell/components/Form';
import { SuccessAlert } from '../../shell/components/SuccessAlert';
import { TextField } from '../../shell/components/TextField';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import { describeProblem } from '../../../app/graphql-errors';
import { parseEuroToCents } from '../../../shared/money';
import type { FundOverview, FundPartnership } from '../fund-page';
import { purposeLabel } from '../purpose-label';

type Purpose = FundOverview['fundPurposes'][number];

/** The yearly minimum and the purposes: add, rename (German and English), move up or down, archive and restore. */
export function FundSettingsSection({
  partnership,
  overview,
}: {
  partnership: FundPartnership;
  overview: FundOverview;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="fund-settings" className="portal-section">
      <h2 id="fund-settings" className="kern-heading-medium">
        {t('fund.settings.heading')}
      </h2>
      <MinimumForm partnershipId={partnership.id} minimumCents={overview.fundDashboard.minimumContributionCents} />
      <h3 className="kern-heading-small">{t('fund.purposes.heading')}</h3>
      <PurposeList purposes={overview.fundPurposes} />
      <NewPurposeForm partnershipId={partnership.id} />
    </section>
  );
}

function MinimumForm({ partnershipId, minimumCents }: { partnershipId: string; minimumCents: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const format = useFormat();
  const errors = useFormErrors();
  const [amount, setAmount] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UpdateFundSettingsDocument, { refetchQueries: [FundOverviewDocument] });
  const submit = async () => {
    setSaved(null);
    const cents = parseEuroToCents(amount, language);
    if (
      !errors.check({ minimumContributionCents: cents === null ? [t('fund.amountInvalid')] : undefined }) ||
      cents === null
    )
      return;
    try {
      await update({ variables: { input: { partnershipId, minimumContributionCents: cents } } });
      setSaved(t('fund.settings.saved', { minimum: format.euros(cents) }));
      setAmount('');
    } catch (error) {
      errors.fail(error);
    }
  };
  return (
    <>
      {saved && <SuccessAlert message={saved} />}
      <Form errors={errors} onSubmit={submit}>
        <TextField
          label={t('fund.settings.minimum')}
          hint={t('fund.settings.minimumHint', { current: format.euros(minimumCents) })}
          name="minimumContributionCents"
          inputMode="decimal"
          required
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          errors={errors.fields.minimumContributionCents}
        />
        <div className="portal-form__actions">
          <button type="submit" className="kern-btn kern-btn--secondary" disabled={loading}>
            <span className="kern-label">{t('fund.settings.submit')}</span>
          </button>
        </div>
      </Form>
    </>
  );
}

function PurposeList({ purposes }: { purposes: Purpose[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [editing, setEditing] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ message: string; lang?: string } | null>(null);
  const [update, { loading }] = useMutation(UpdateFundPurposeDocument, { refetchQueries: [FundOverviewDocument] });
  const active = purposes.filter((p) => !p.archivedAt);
  const change = async (input: { id: string; position?: number; archived?: boolean }) => {
    setProblem(null);
    try {
      await update({ variables: { input } });
    } catch (error) {
      setProblem(describeProblem(error, t('form.networkError')));
    }
  };
  return (
    <>
      {problem && <ErrorAlert message={problem.message} lang={problem.lang} />}
      <ol className="fund-purposes">
        {purposes.map((p) => {
          const name = purposeLabel(p, language);
          const index = active.findIndex((a) => a.id === p.id);
          return (
            <li key={p.id} className="fund-purpose">
              <p className="kern-body kern-body--bold">
                {name}
                {p.archivedAt && <span className="fund-note">{t('fund.purposes.archived')}</span>}
              </p>
              <p className="kern-body kern-body--small" lang={language.startsWith('en') ? 'de' : 'en'}>
                {language.startsWith('en') ? p.labelDe : p.labelEn}
              </p>
              {editing === p.id ? (
                <RenamePurposeForm purpose={p} onDone={() => setEditing(null)} />
              ) : (
                <div className="fund-purpose__actions">
                  <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => setEditing(p.id)}>
                    <span className="kern-label">
                      {t('fund.purposes.rename')}
                      <span className="portal-sr-only">: {name}</span>
                    </span>
                  </button>
                  {!p.archivedAt && index > 0 && (
                    <button
                      type="button"
                      className="kern-btn kern-btn--tertiary"
                      disabled={loading}
                      onClick={() => void change({ id: p.id, position: index })}
                    >
                      <span className="kern-label">
                        {t('fund.purposes.up')}
                        <span className="portal-sr-only">: {name}</span>
                      </span>
                    </button>
                  )}
                  {!p.archivedAt && index < active.length - 1 && (
                    <button
                      type="button"
                      className="kern-btn kern-btn--tertiary"
                      disabled={loading}
                      onClick={() => void change({ id: p.id, position: index + 2 })}
                    >
                      <span className="kern-label">
                        {t('fund.purposes.down')}
                        <span className="portal-sr-only">: {name}</span>
                      </span>
                    </button>
                  )}
                  <button
                    type="button"
                    className="kern-btn kern-btn--tertiary"
                    disabled={loading}
                    onClick={() => void change({ id: p.id, archived: !p.archivedAt })}
                  >
                    <span className="kern-label">
                      {p.archivedAt ? t('fund.purposes.restore') : t('fund.purposes.archive')}
                      <span className="portal-sr-only">: {name}</span>
                    </span>
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}

function RenamePurposeForm({ purpose, onDone }: { purpose: Purpose; onDone: () => void }) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const [labelDe, setLabelDe] = useState(purpose.labelDe);
  const [labelEn, setLabelEn] = useState(purpose.labelEn);
  const [update, { loading }] = useMutation(UpdateFundPurposeDocument, { refetchQueries: [FundOverviewDocument] });
  const submit = async () => {
    if (
      !errors.check({
        labelDe: labelDe.trim() ? undefined : [t('fund.purposes.labelMissing')],
        labelEn: labelEn.trim() ? undefined : [t('fund.purposes.labelMissing')],
      })
    )
      return;
    try {
      await update({ variables: { input: { id: purpose.id, labelDe: labelDe.trim(), labelEn: labelEn.trim() } } });
      onDone();
    } catch (error) {
      errors.fail(error);
    }
  };
  return (
    <Form errors={errors} onSubmit={submit}>
      <TextField
        label={t('fund.purposes.labelDe')}
        name="labelDe"
        lang="de"
        required
        maxLength={120}
        value={labelDe}
        onChange={(e) => setLabelDe(e.target.value)}
        errors={errors.fields.labelDe}
      />
      <TextField
        label={t('fund.purposes.labelEn')}
        name="labelEn"
        lang="en"
        required
        maxLength={120}
        value={labelEn}
        onChange={(e) => setLabelEn(e.target.value)}
        errors={errors.fields.labelEn}
      />
      <div className="portal-form__actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
          <span className="kern-label">{t('fund.purposes.save')}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={onDone}>
          <span className="kern-label">{t('fund.purposes.cancel')}</span>
        </button>
      </div>
    </Form>
  );
}

function NewPurposeForm({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const [labelDe, setLabelDe] = useState('');
  const [labelEn, setLabelEn] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateFundPurposeDocument, { refetchQueries: [FundOverviewDocument] });
  const submit = async () => {
    setSaved(null);
    if (
      !errors.check({
        labelDe: labelDe.trim() ? undefined : [t('fund.purposes.labelMissing')],
        labelEn: labelEn.trim() ? undefined : [t('fund.purposes.labelMissing')],
      })
    )
      return;
    try {
      await create({ variables: { input: { partnershipId, labelDe: labelDe.trim(), labelEn: labelEn.trim() } } });
      setSaved(t('fund.purposes.created', { name: labelDe.trim() }));
      setLabelDe('');
      setLabelEn('');
    } catch (error) {
      errors.fail(error);
    }
  };
  return (
    <>
      <h3 className="kern-heading-small">{t('fund.purposes.newHeading')}</h3>
      {saved && <SuccessAlert message={saved} />}
      <Form errors={errors} onSubmit={submit}>
        <TextField
          label={t('fund.purposes.labelDe')}
          name="newLabelDe"
          lang="de"
          required
          maxLength={120}
          value={labelDe}
          onChange={(e) => setLabelDe(e.target.value)}
          errors={errors.fields.labelDe}
        />
        <TextField
          label={t('fund.purposes.labelEn')}
          name="newLabelEn"
          lang="en"
          required
          maxLength={120}
          value={labelEn}
          onChange={(e) => setLabelEn(e.target.value)}
          errors={errors.fields.labelEn}
        />
        <div className="portal-form__actions">
          <button type="submit" className="kern-btn kern-btn--secondary" disabled={loading}>
            <span className="kern-label">{t('fund.purposes.create')}</span>
          </button>
        </div>
      </Form>
    </>
  );
}
