import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FeeScheduleDocument } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { FactList, type Fact } from '../../shell/components/FactList';
import { LoadingState } from '../../shell/components/LoadingState';
import { SuccessAlert } from '../../shell/components/SuccessAlert';
import { DataTable } from '../../shell/components/DataTable';
import { basisPointsToPercent } from '../fee-values';
import { useFeeWords } from '../hooks/useFeeWords';
import { FeeScheduleForm } from './FeeScheduleForm';

/** The Beitragsordnung: its rules, its tiers and the inhabitant ranges no tier covers; the form to change it. */
export function FeeScheduleSection({ partnershipId, canManage }: { partnershipId: string; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const words = useFeeWords();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const { data, loading, error, refetch } = useQuery(FeeScheduleDocument, {
    variables: { partnershipId },
    fetchPolicy: 'cache-and-network',
  });
  const language = i18n.resolvedLanguage ?? i18n.language;
  const view = data?.feeSchedule;

  let body;
  if (!data && loading) body = <LoadingState />;
  else if (error && !data) body = <ErrorAlert message={t('common.loadError')} onRetry={() => void refetch()} />;
  else if (!view) body = <p className="kern-body">{t('fees.schedule.none')}</p>;
  else {
    const { schedule, tiers, gaps } = view;
    const facts: Fact[] = [
      [t('fees.schedule.baseYear'), String(schedule.baseYear)],
      [
        t('fees.schedule.indexation'),
        schedule.indexationStartYear !== null && schedule.indexationBasisPoints !== 0
          ? t('fees.schedule.indexationValue', {
              percent: `${basisPointsToPercent(schedule.indexationBasisPoints, language)} %`,
              year: schedule.indexationStartYear,
            })
          : t('fees.schedule.noIndexation'),
      ],
      [t('fees.schedule.rounding'), t(`fees.rounding.${schedule.rounding}`)],
      [t('fees.schedule.proRata'), t(`fees.proRata.${schedule.proRata}`)],
      [t('fees.schedule.dueDays'), t('fees.schedule.dueDaysValue', { count: schedule.dueDays })],
    ];
    body = (
      <>
        <FactList facts={facts} />
        <DataTable
          caption={t('fees.schedule.tiersCaption')}
          rows={tiers}
          rowKey={(tier) => tier.id}
          columns={[
            { id: 'tier', header: t('fees.schedule.tier'), rowHeader: true, cell: (tier) => tier.label },
            {
              id: 'kinds',
              header: t('fees.schedule.kinds'),
              cell: (tier) => tier.kinds.map((kind) => t(`organisationKind.${kind}`)).join(', '),
            },
            {
              id: 'population',
              header: t('fees.schedule.population'),
              cell: (tier) => words.range(tier.minPopulation, tier.maxPopulation),
            },
            {
              id: 'amount',
              header: t('fees.schedule.amount'),
              kind: 'numeric',
              cell: (tier) => (tier.amountCents === '0' ? t('fees.schedule.exempt') : format.euros(tier.amountCents)),
            },
          ]}
        />
        <h3 className="kern-heading-small">{t('fees.schedule.gapsHeading')}</h3>
        {gaps.length === 0 ? (
          <p className="kern-body">{t('fees.schedule.noGaps')}</p>
        ) : (
          <ul className="kern-list">
            {gaps.map((gap) => (
              <li key={`${gap.kind}-${gap.fromPopulation ?? 0}`}>
                {t('fees.schedule.gap', {
                  kind: t(`organisationKind.${gap.kind}`),
                  range: words.range(gap.fromPopulation, gap.toPopulation),
                })}
              </li>
            ))}
          </ul>
        )}
      </>
    );
  }

  return (
    <section aria-labelledby="fees-schedule" className="portal-section">
      <h2 id="fees-schedule" className="kern-heading-medium">
        {t('fees.schedule.heading')}
      </h2>
      {saved && !editing && <SuccessAlert message={t('fees.schedule.saved')} />}
      {body}
      {canManage && data && !editing && (
        <p className="kern-body">
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            <span className="kern-label">{view ? t('fees.schedule.edit') : t('fees.schedule.create')}</span>
          </button>
        </p>
      )}
      {canManage && editing && (
        <FeeScheduleForm
          partnershipId={partnershipId}
          current={view ?? null}
          onDone={(didSave) => {
            setEditing(false);
            setSaved(didSave);
            if (didSave) void refetch();
          }}
        />
      )}
    </section>
  );
}
