import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { isForbidden, isUnauthenticated } from '../../../app/graphql-errors';
import { OutboxDocument, type OutboxQuery } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { NoAccessPage, SignInRequiredPage } from '../../auth/components/AccessPages';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { LoadMore } from '../../shell/components/LoadMore';
import { LoadingState } from '../../shell/components/LoadingState';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { useLoadMore } from '../../shell/hooks/useLoadMore';
import { MailText } from './MailText';

const pageSize = 20;

type Mail = OutboxQuery['outbox']['nodes'][number];

/** The mails the platform wrote while no SMTP server is configured; platform admins only. */
export function OutboxPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('outbox.title'));
  const { data, loading, error, refetch, fetchMore } = useQuery(OutboxDocument, { variables: { first: pageSize } });
  const more = useLoadMore(data?.outbox.pageInfo.endCursor, (after) => fetchMore({ variables: { after } }));

  if (isUnauthenticated(error)) return <SignInRequiredPage />;
  if (isForbidden(error)) return <NoAccessPage />;
  return (
    <>
      <h1 className="kern-heading-large">{t('outbox.title')}</h1>
      <p className="kern-body kern-body--large portal-lead">{t('outbox.intro')}</p>
      {data ? (
        <>
          <p className="kern-body kern-body--muted">{t('outbox.count', { count: data.outbox.totalCount })}</p>
          {data.outbox.nodes.length === 0 ? (
            <p className="kern-body">{t('outbox.empty')}</p>
          ) : (
            <ol className="outbox-list">
              {data.outbox.nodes.map((mail) => (
                <li key={mail.id}>
                  <OutboxMail mail={mail} />
                </li>
              ))}
            </ol>
          )}
          <LoadMore
            label={t('outbox.loadMore')}
            hasMore={data.outbox.pageInfo.hasNextPage}
            loading={more.loading}
            failed={more.failed}
            onLoad={() => void more.load()}
          />
        </>
      ) : error ? (
        <ErrorAlert message={t('common.loadError')} onRetry={() => void refetch()} />
      ) : loading ? (
        <LoadingState />
      ) : null}
    </>
  );
}

function OutboxMail({ mail }: { mail: Mail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <article className="kern-card outbox-mail">
      <div className="kern-card__container">
        <header className="kern-card__header">
          <h2 className="kern-title">{mail.subject}</h2>
        </header>
        <div className="kern-card__body">
          <dl className="kern-description-list outbox-mail__meta">
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{t('outbox.to')}</dt>
              <dd className="kern-description-list-item__value">{mail.to}</dd>
            </div>
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{t('outbox.createdAt')}</dt>
              <dd className="kern-description-list-item__value">
                <time dateTime={mail.createdAt}>{format.dateTime(mail.createdAt)}</time>
              </dd>
            </div>
          </dl>
          <MailText text={mail.text} />
        </div>
      </div>
    </article>
  );
}
