import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

interface RequestAgreementLinkProps {
  slug: string;
  request: { id: string; financedAt?: string | null; costAgreementId?: string | null };
  /** Whether the request is in a stage where it is financed (category ACCEPTED or FINANCING). */
  financing: boolean;
  permissions: Set<string>;
}

/** On a request's page: its cost-sharing agreement, or for the treasurer the way to make one. */
export function RequestAgreementLink({ slug, request, financing, permissions }: RequestAgreementLinkProps) {
  const { t } = useTranslation();
  const base = `/p/${slug}/finanzen/vereinbarungen`;
  if (request.costAgreementId && (permissions.has('FINANCE_READ') || permissions.has('CONTRACTS_SIGN'))) {
    return (
      <p className="kern-body">
        <Link to={`${base}/${request.costAgreementId}`} className="kern-link">
          {t('agreements.requestLink.open')}
        </Link>
      </p>
    );
  }
  if (!request.costAgreementId && !request.financedAt && financing && permissions.has('FINANCE_MANAGE')) {
    return (
      <p className="kern-body">
        <Link to={`${base}/neu?anliegen=${request.id}`} className="kern-btn kern-btn--primary">
          <span className="kern-label">{t('agreements.requestLink.create')}</span>
        </Link>
      </p>
    );
  }
  return null;
}
