import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import {
  PartnershipBacklogDocument,
  SimilarFeatureRequestsDocument,
  SubmitFeatureRequestDocument,
  SubmitRequestPartnershipDocument,
  type FundingRoute,
  type RequestKind,
  type RequestTarget,
  type SubmitRequestPartnershipQuery,
} from '../../../generated/graphql';
import { NoAccessPage } from '../../auth/components/AccessPages';
import { PartnershipProblem } from '../../partnerships/components/PartnershipProblem';
import { Form } from '../../shell/components/Form';
import { LoadingState } from '../../shell/components/LoadingState';
import { SelectField } from '../../shell/components/SelectField';
import { TextAreaField } from '../../shell/components/TextAreaField';
import { TextField } from '../../shell/components/TextField';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import { fundingRoutes, requestKinds, requestTargets, usePick } from '../hooks/useRequestWords';
import '../requests.css';
import { useDraft } from '../../shell/hooks/useDraft';

type Partnership = SubmitRequestPartnershipQuery['partnership'];

/** Below this many characters a title says too little to compare. */
const minimumLength = 4;
const debounceMs = 300;

export function SubmitRequestPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(SubmitRequestPartnershipDocument, { variables: { slug } });
  if (data) {
    if (!data.partnership.viewerPermissions.includes('REQUESTS_SUBMIT')) return <NoAccessPage />;
    return <SubmitRequest partnership={data.partnership} />;
  }
  if (error) return <PartnershipProblem error={error} slug={slug} onRetry={() => void refetch()} />;
  return loading ? <LoadingState /> : null;
}

function SubmitRequest({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errors = useFormErrors();
  useDocumentTitle(t('requests.submit.documentTitle', { name: partnership.name }));
  const [submit, { loading }] = useMutation(SubmitFeatureRequestDocument, {
    refetchQueries: [PartnershipBacklogDocument],
  });
  const [title, setTitle] = useDraft('request.title', '');
  const [description, setDescription] = useDraft('request.description', '');
  const [kind, setKind] = useDraft<RequestKind>('request.kind', 'FEATURE');
  const [target, setTarget] = useDraft<RequestTarget>('request.target', 'UNDECIDED');
  const [fundingRoute, setFundingRoute] = useDraft<FundingRoute>('request.fundingRoute', 'ALL_MEMBERS');

  const send = async () => {
    if (!errors.check({ title: title.trim() ? undefined : [t('requests.submit.titleRequired')] })) return;
    try {
      const { data } = await submit({
        variables: {
          input: {
            partnershipId: partnership.id,
            title: title.trim(),
            description: description.trim(),
            kind,
            target,
            fundingRoute,
          },
        },
      });
      if (data)
        void navigate(`/p/${partnership.slug}/anliegen/${data.submitFeatureRequest.number}`, {
          state: { submitted: true },
        });
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <>
      <p className="portal-back">
        <Link to={`/p/${partnership.slug}/anliegen`} className="kern-link">
          <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />
          {t('requests.backToBacklog', { name: partnership.name })}
        </Link>
      </p>
      <h1 className="kern-heading-large">
        {t('requests.submit.title')}
        <span className="portal-heading-context">{partnership.name}</span>
      </h1>
      <p className="kern-body kern-body--large portal-lead">{t('requests.submit.intro')}</p>
      <Form errors={errors} onSubmit={send}>
        <TextField
          label={t('requests.submit.titleLabel')}
          hint={t('requests.submit.titleHint')}
          name="title"
          required
          autoComplete="off"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          errors={errors.fields.title}
        />
        <SimilarRequests slug={partnership.slug} text={title} />
        <TextAreaField
          label={t('requests.submit.description')}
          hint={t('requests.submit.descriptionHint')}
          name="description"
          rows={8}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          errors={errors.fields.description}
        />
        <SelectField
          label={t('requests.submit.kind')}
          name="kind"
          value={kind}
          onChange={(event) => setKind(event.target.value as RequestKind)}
          errors={errors.fields.kind}
        >
          {requestKinds.map((value) => (
            <option key={value} value={value}>
              {t(`requests.kind.${value}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('requests.submit.target')}
          hint={t('requests.submit.targetHint')}
          name="target"
          value={target}
          onChange={(event) => setTarget(event.target.value as RequestTarget)}
          errors={errors.fields.target}
        >
          {requestTargets.map((value) => (
            <option key={value} value={value}>
              {t(`requests.target.${value}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('requests.submit.fundingRoute')}
          hint={t('requests.submit.fundingRouteHint')}
          name="fundingRoute"
          value={fundingRoute}
          onChange={(event) => setFundingRoute(event.target.value as FundingRoute)}
          errors={errors.fields.fundingRoute}
        >
          {fundingRoutes.map((value) => (
            <option key={value} value={value}>
              {t(`requests.fundingRoute.${value}`)}
            </option>
          ))}
        </SelectField>
        <div className="portal-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
            <span className="kern-label">{t('requests.submit.submit')}</span>
          </button>
        </div>
      </Form>
    </>
  );
}

/** The text after the person stopped typing for a moment, so not every key press asks the server. */
function useDebounced(value: string, delay: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

/**
 * Existing requests that look like the title being typed, in a polite live region: screen readers hear that
 * there are similar requests without losing their place in the title field.
 */
function SimilarRequests({ slug, text }: { slug: string; text: string }) {
  const { t } = useTranslation();
  const pick = usePick();
  const query = useDebounced(text.trim(), debounceMs);
  const active = query.length >= minimumLength;
  const { data } = useQuery(SimilarFeatureRequestsDocument, { variables: { slug, text: query }, skip: !active });
  const similar = active ? (data?.similarFeatureRequests ?? []) : [];

  return (
    <div className="request-similar" aria-live="polite">
      {similar.length > 0 && (
        <div className="kern-alert kern-alert--info">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--info" aria-hidden="true" />
            <span className="kern-title">{t('requests.similar.heading', { count: similar.length })}</span>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">{t('requests.similar.intro')}</p>
            <ul className="kern-list">
              {similar.map(({ request }) => (
                <li key={request.id}>
                  <Link
                    to={`/p/${slug}/anliegen/${request.number}`}
                    className="kern-link"
                    target="_blank"
                    rel="noopener"
                  >
                    <span lang="de">
                      #{request.number} {request.title}
                    </span>{' '}
                    ({pick(request.stageInfo.labelDe, request.stageInfo.labelEn)}){' '}
                    <span className="kern-sr-only">{t('requests.similar.newTab')}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </div>
  );
}
