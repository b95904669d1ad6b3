import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import {
  CostAgreementsDocument,
  CreateModuleDocument,
  ModulesDocument,
  RenewRecurringAgreementsDocument,
  SetModuleUseDocument,
  UpdateModuleDocument,
  type ModulesQuery,
} from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { parseEuroToCents } from '../../../shared/money';
import { BackLink } from '../../partnerships/components/BackLink';
import { PartnershipProblem } from '../../partnerships/components/PartnershipProblem';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { Form } from '../../shell/components/Form';
import { LoadingState } from '../../shell/components/LoadingState';
import { OutcomeAlert, type Outcome } from '../../shell/components/OutcomeAlert';
import { SelectField } from '../../shell/components/SelectField';
import { DataTable } from '../../shell/components/DataTable';
import { TextAreaField } from '../../shell/components/TextAreaField';
import { TextField } from '../../shell/components/TextField';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import { useAgreementsPartnership, type AgreementsPartnership } from '../hooks/useAgreementsPartnership';
import '../agreements.css';
import { useDraft } from '../../shell/hooks/useDraft';

type CatalogueModule = ModulesQuery['modules'][number];
const refetch = { refetchQueries: [ModulesDocument, CostAgreementsDocument], awaitRefetchQueries: true };

export function ModulesPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch: retry } = useAgreementsPartnership(slug);
  if (data) return <Catalogue partnership={data.partnership} />;
  if (error) return <PartnershipProblem error={error} slug={slug} onRetry={() => void retry()} />;
  return loading ? <LoadingState /> : null;
}

function Catalogue({ partnership }: { partnership: AgreementsPartnership }) {
  const { t } = useTranslation();
  useDocumentTitle(t('agreements.modules.documentTitle', { name: partnership.name }));
  const {
    data,
    loading,
    error,
    refetch: retry,
  } = useQuery(ModulesDocument, { variables: { partnershipId: partnership.id }, fetchPolicy: 'cache-and-network' });
  const canManage = partnership.viewerPermissions.includes('MODULES_MANAGE');
  const canRenew = partnership.viewerPermissions.includes('FINANCE_MANAGE');
  return (
    <>
      <BackLink partnership={partnership} />
      <h1 className="kern-heading-large">
        {t('agreements.modules.title')}
        <span className="portal-heading-context">{partnership.name}</span>
      </h1>
      <p className="kern-body kern-body--large portal-lead">{t('agreements.modules.intro')}</p>
      <p className="kern-body">
        <Link to={`/p/${partnership.slug}/finanzen/vereinbarungen`} className="kern-link">
          {t('agreements.modules.agreementsLink')}
        </Link>
      </p>
      {canRenew && <RenewForm partnershipId={partnership.id} />}
      {error && !data && <ErrorAlert message={t('common.loadError')} onRetry={() => void retry()} />}
      {!data && loading && <LoadingState />}
      {data && data.modules.length === 0 && <p className="kern-body">{t('agreements.modules.empty')}</p>}
      {data?.modules.map((module) => (
        <ModuleSection key={module.id} module={module} partnership={partnership} canManage={canManage} />
      ))}
      {canManage && <CreateModuleForm partnershipId={partnership.id} />}
    </>
  );
}

function ModuleSection({
  module,
  partnership,
  canManage,
}: {
  module: CatalogueModule;
  partnership: AgreementsPartnership;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `module-${module.id}`;
  const current = module.uses.filter((u) => !u.until);
  return (
    <section aria-labelledby={headingId} className="portal-section">
      <h2 id={headingId} className="kern-heading-medium" lang="de">
        {module.name}
      </h2>
      {module.description && (
        <p className="kern-body" lang="de">
          {module.description}
        </p>
      )}
      <p className="kern-body">
        {module.annualCostCents
          ? t('agreements.modules.cost', {
              cost: format.euros(module.annualCostCents),
              count: current.length,
              share: current.length
                ? format.euros((BigInt(module.annualCostCents) / BigInt(current.length)).toString())
                : '—',
            })
          : t('agreements.modules.noCost')}
      </p>
      {module.uses.length === 0 ? (
        <p className="kern-body">{t('agreements.modules.noUsers')}</p>
      ) : (
        <DataTable
          caption={t('agreements.modules.usersCaption', { name: module.name, count: current.length })}
          rows={module.uses}
          rowKey={(use) => use.id}
          columns={[
            {
              id: 'member',
              header: t('agreements.column.member'),
              rowHeader: true,
              cell: (use) => use.organisation.name,
            },
            { id: 'since', header: t('agreements.column.since'), cell: (use) => format.localDate(use.since) },
            {
              id: 'until',
              header: t('agreements.column.until'),
              cell: (use) => (use.until ? format.localDate(use.until) : t('agreements.modules.inUse')),
            },
          ]}
        />
      )}
      {canManage && <ModuleUseForm module={module} partnership={partnership} />}
      {canManage && <EditModuleForm module={module} />}
    </section>
  );
}

function ModuleUseForm({ module, partnership }: { module: CatalogueModule; partnership: AgreementsPartnership }) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const [organisationId, setOrganisationId] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [setUse, { loading }] = useMutation(SetModuleUseDocument, refetch);
  const using = new Set(module.uses.filter((u) => !u.until).map((u) => u.organisation.id));
  const submit = async () => {
    if (!errors.check({ organisationId: organisationId ? [] : [t('agreements.modules.chooseMember')] })) return;
    const inUse = !using.has(organisationId);
    const name = partnership.members.find((m) => m.organisation.id === organisationId)?.organisation.name ?? '';
    try {
      await setUse({ variables: { input: { moduleId: module.id, organisationId, inUse } } });
      setOutcome({
        ok: true,
        text: inUse
          ? t('agreements.modules.started', { name, module: module.name })
          : t('agreements.modules.stopped', { name, module: module.name }),
      });
      setOrganisationId('');
    } catch (error) {
      errors.fail(error);
    }
  };
  return (
    <div className="agreement-panel">
      <OutcomeAlert outcome={outcome} />
      <Form errors={errors} onSubmit={submit}>
        <SelectField
          label={t('agreements.modules.member', { module: module.name })}
          hint={t('agreements.modules.memberHint')}
          value={organisationId}
          onChange={(event) => setOrganisationId(event.target.value)}
          errors={errors.fields.organisationId}
        >
          <option value="">{t('agreements.modules.chooseMember')}</option>
          {partnership.members.map((m) => (
            <option key={m.organisation.id} value={m.organisation.id}>
              {using.has(m.organisation.id)
                ? t('agreements.modules.stopOption', { name: m.organisation.name })
                : t('agreements.modules.startOption', { name: m.organisation.name })}
            </option>
          ))}
        </SelectField>
        <div className="portal-form__actions">
          <button type="submit" className="kern-btn kern-btn--secondary" disabled={loading}>
            <span className="kern-label">{t('agreements.modules.useSubmit')}</span>
            <span className="portal-sr-only">{module.name}</span>
          </button>
        </div>
      </Form>
    </div>
  );
}

function EditModuleForm({ module }: { module: CatalogueModule }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const errors = useFormErrors();
  const [open, setOpen] = useDraft(`module.${module.id}.open`, false);
  const [name, setName] = useDraft(`module.${module.id}.name`, module.name);
  const [description, setDescription] = useDraft(`module.${module.id}.description`, module.description);
  const [cost, setCost] = useState(module.annualCostCents ? format.euros(module.annualCostCents) : '');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [update, { loading }] = useMutation(UpdateModuleDocument, refetch);
  if (!open) {
    return (
      <div className="portal-section">
        <OutcomeAlert outcome={outcome} />
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => setOpen(true)}>
          <span className="kern-label">{t('agreements.modules.edit')}</span>
          <span className="portal-sr-only">{module.name}</span>
        </button>
      </div>
    );
  }
  const submit = async () => {
    const cents = cost.trim() ? parseEuroToCents(cost, i18n.resolvedLanguage ?? i18n.language) : null;
    if (
      !errors.check({
        name: name.trim() ? [] : [t('agreements.modules.nameMissing')],
        annualCostCents: cost.trim() && !cents ? [t('agreements.modules.costInvalid')] : [],
      })
    )
      return;
    try {
      await update({
        variables: {
          input: {
            id: module.id,
            name: name.trim(),
            description: description.trim(),
            ...(cents ? { annualCostCents: cents } : {}),
          },
        },
      });
      setOutcome({ ok: true, text: t('agreements.modules.saved') });
      setOpen(false);
    } catch (error) {
      errors.fail(error);
    }
  };
  return (
    <Form errors={errors} onSubmit={submit}>
      <TextField
        label={t('agreements.modules.name')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        errors={errors.fields.name}
      />
      <TextAreaField
        label={t('agreements.modules.description')}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        errors={errors.fields.description}
        rows={2}
      />
      <TextField
        label={t('agreements.modules.annualCost')}
        hint={t('agreements.modules.annualCostHint')}
        inputMode="decimal"
        value={cost}
        onChange={(event) => setCost(event.target.value)}
        errors={errors.fields.annualCostCents}
      />
      <div className="portal-form__actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
          <span className="kern-label">{t('agreements.modules.save')}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setOpen(false)}>
          <span className="kern-label">{t('agreements.decline.cancel')}</span>
        </button>
      </div>
    </Form>
  );
}

function CreateModuleForm({ partnershipId }: { partnershipId: string }) {
  const { t, i18n } = useTranslation();
  const errors = useFormErrors();
  const [name, setName] = useDraft('module.new.name', '');
  const [description, setDescription] = useDraft('module.new.description', '');
  const [cost, setCost] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [create, { loading }] = useMutation(CreateModuleDocument, refetch);
  const submit = async () => {
    const cents = cost.trim() ? parseEuroToCents(cost, i18n.resolvedLanguage ?? i18n.language) : null;
    if (
      !errors.check({
        name: name.trim() ? [] : [t('agreements.modules.nameMissing')],
        annualCostCents: cost.trim() && !cents ? [t('agreements.modules.costInvalid')] : [],
      })
    )
      return;
    try {
      await create({
        variables: {
          input: {
            partnershipId,
            name: name.trim(),
            description: description.trim(),
            ...(cents ? { annualCostCents: cents } : {}),
          },
        },
      });
      setOutcome({ ok: true, text: t('agreements.modules.created', { name: name.trim() }) });
      setName('');
      setDescription('');
      setCost('');
    } catch (error) {
      errors.fail(error);
    }
  };
  return (
    <section aria-labelledby="module-create" className="portal-section">
      <h2 id="module-create" className="kern-heading-medium">
        {t('agreements.modules.createHeading')}
      </h2>
      <OutcomeAlert outcome={outcome} />
      <Form errors={errors} onSubmit={submit}>
        <TextField
          label={t('agreements.modules.name')}
          value={name}
          onChange={(event) => setName(event.target.value)}
          errors={errors.fields.name}
        />
        <TextAreaField
          label={t('agreements.modules.description')}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          errors={errors.fields.description}
          rows={2}
        />
        <TextField
          label={t('agreements.modules.annualCost')}
          hint={t('agreements.modules.annualCostHint')}
          inputMode="decimal"
          value={cost}
          onChange={(event) => setCost(event.target.value)}
          errors={errors.fields.annualCostCents}
        />
        <div className="portal-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
            <span className="kern-label">{t('agreements.modules.createSubmit')}</span>
          </button>
        </div>
      </Form>
    </section>
  );
}

function RenewForm({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [renew, { loading }] = useMutation(RenewRecurringAgreementsDocument, refetch);
  const submit = async () => {
    if (!errors.check({ year: /^\d{4}$/.test(year) ? [] : [t('agreements.modules.yearInvalid')] })) return;
    try {
      const result = await renew({ variables: { input: { partnershipId, year: Number(year) } } });
      setOutcome({
        ok: true,
        text: t('agreements.modules.renewed', { count: result.data?.renewRecurringAgreements.created ?? 0, year }),
      });
    } catch (error) {
      errors.fail(error);
    }
  };
  return (
    <section aria-labelledby="module-renew" className="portal-section">
      <h2 id="module-renew" className="kern-heading-medium">
        {t('agreements.modules.renewHeading')}
      </h2>
      <p className="kern-body">{t('agreements.modules.renewIntro')}</p>
      <OutcomeAlert outcome={outcome} />
      <Form errors={errors} onSubmit={submit}>
        <TextField
          label={t('agreements.modules.year')}
          inputMode="numeric"
          value={year}
          onChange={(event) => setYear(event.target.value)}
          errors={errors.fields.year}
        />
        <div className="portal-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
            <span className="kern-label">{t('agreements.modules.renewSubmit')}</span>
          </button>
        </div>
      </Form>
    </section>
  );
}
