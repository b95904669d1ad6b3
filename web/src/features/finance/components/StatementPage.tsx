import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { FinanceMembersDocument } from '../../../generated/graphql';
import { MemberHistoryChart } from '../../charts/components/MemberHistoryChart';
import { SelectField } from '../../shell/components/SelectField';
import {
  currentYear,
  type FinanceAccess,
  type FinancePartnership,
  yearOptions,
  yearParam,
} from '../hooks/useFinancePartnership';
import { FinanceFrame, FinanceNotForYou } from './FinanceFrame';
import { StatementView } from './StatementView';

/**
 * `/p/:slug/finanzen/auszug?organisation=…&jahr=…`: the treasury picks any member, a representative sees the
 * organisations it represents; the choice lives in the address so a statement can be linked to.
 */
export function StatementPage() {
  const { t } = useTranslation();
  return (
    <FinanceFrame title={t('finance.statement.title')} subPage>
      {(partnership, access) =>
        access.canRead || access.represented.length > 0 ? (
          <Statements partnership={partnership} access={access} />
        ) : (
          <FinanceNotForYou slug={partnership.slug} publicTransparency={partnership.publicTransparency} />
        )
      }
    </FinanceFrame>
  );
}

function Statements({ partnership, access }: { partnership: FinancePartnership; access: FinanceAccess }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const members = useQuery(FinanceMembersDocument, { variables: { slug: partnership.slug }, skip: !access.canRead });
  const choices = access.canRead
    ? (members.data?.partnership.members ?? []).map((m) => m.organisation).sort((a, b) => a.name.localeCompare(b.name))
    : access.represented;
  const wanted = params.get('organisation');
  const organisationId = choices.some((c) => c.id === wanted)
    ? (wanted as string)
    : access.canRead
      ? null
      : (choices[0]?.id ?? null);
  const year = yearParam(params.get('jahr'), currentYear());
  const set = (name: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <p className="kern-body kern-body--large portal-lead">
        {t(access.canRead ? 'finance.statement.introTreasury' : 'finance.statement.introRepresentative')}
      </p>
      <section aria-labelledby="statement-choice" className="portal-section">
        <h2 id="statement-choice" className="kern-heading-medium">
          {t('finance.statement.choiceHeading')}
        </h2>
        <div className="finance-filters">
          {(access.canRead || choices.length > 1) && (
            <SelectField
              label={t('finance.statement.organisation')}
              name="organisation"
              value={organisationId ?? ''}
              onChange={(event) => set('organisation', event.target.value)}
            >
              {access.canRead && <option value="">{t('finance.statement.pick')}</option>}
              {choices.map((organisation) => (
                <option key={organisation.id} value={organisation.id}>
                  {organisation.name}
                </option>
              ))}
            </SelectField>
          )}
          <SelectField
            label={t('finance.statement.year')}
            name="year"
            value={year}
            onChange={(event) => set('jahr', event.target.value)}
          >
            {yearOptions([year]).map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </SelectField>
        </div>
      </section>
      {organisationId ? (
        <>
          <StatementView partnership={partnership} organisationId={organisationId} year={year} />
          <MemberHistoryChart
            partnershipId={partnership.id}
            organisationId={organisationId}
            organisationName={choices.find((c) => c.id === organisationId)?.name ?? ''}
          />
        </>
      ) : (
        <p className="kern-body portal-section">{t('finance.statement.pickFirst')}</p>
      )}
    </>
  );
}
