import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { DataTable } from '../../shell/components/DataTable';
import { cellClassName } from '../../shell/components/data-table';

export interface ShareRow {
  amountCents: string;
  exactCents: string;
  roundedUp: boolean;
  basis: string;
  savedCents: string;
  organisation: { id: string; name: string };
}

/** An exact share in cents ("1000000/3") as euros with six decimals, and whether it is exact. */
export function exactEuros(fraction: string, locale: string): { text: string; exact: boolean } {
  const [n, d = '1'] = fraction.split('/');
  const numerator = BigInt(n);
  const denominator = BigInt(d) * 100n;
  const scaled = (numerator * 1_000_000n) / denominator;
  const whole = scaled / 1_000_000n;
  const decimals = (scaled % 1_000_000n).toString().padStart(6, '0');
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: 2,
    maximumFractionDigits: 6,
  });
  return {
    text: format.format(`${whole}.${decimals}` as `${number}`),
    exact: (numerator * 1_000_000n) % denominator === 0n,
  };
}

/** Each member's share with its exact value and what it saves; the sum row shows they add up to the total. */
export function SharesTable({
  caption,
  shares,
  totalCents,
}: {
  caption: string;
  shares: ShareRow[];
  totalCents: string;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const sum = shares.reduce((s, share) => s + BigInt(share.amountCents), 0n).toString();
  return (
    <DataTable
      caption={caption}
      rows={shares}
      rowKey={(share) => share.organisation.id}
      columns={[
        {
          id: 'member',
          header: t('agreements.column.member'),
          rowHeader: true,
          cell: (share) => share.organisation.name,
        },
        {
          id: 'share',
          header: t('agreements.column.share'),
          kind: 'numeric',
          cell: (share) => (
            <span data-testid="share-amount">
              {format.euros(share.amountCents)}
              {share.roundedUp && (
                <>
                  {' '}
                  <span aria-hidden="true">↑</span>
                  <span className="portal-sr-only">{t('agreements.share.roundedUp')}</span>
                </>
              )}
            </span>
          ),
        },
        {
          id: 'exact',
          header: t('agreements.column.exact'),
          kind: 'numeric',
          cell: (share) => {
            const exact = exactEuros(share.exactCents, locale);
            return exact.exact ? exact.text : t('agreements.share.about', { value: exact.text });
          },
        },
        {
          id: 'saved',
          header: t('agreements.column.saved'),
          kind: 'numeric',
          cell: (share) => format.euros(share.savedCents),
        },
      ]}
      footer={
        <tr className="kern-table__row">
          <th scope="row" className={cellClassName('text', true)}>
            {t('agreements.share.sum')}
          </th>
          <td className={cellClassName('numeric')} data-testid="share-sum">
            {format.euros(sum)}
          </td>
          <td colSpan={2} className={cellClassName()}>
            {sum === totalCents
              ? t('agreements.share.sumMatches', { total: format.euros(totalCents) })
              : t('agreements.share.sumDiffers', { total: format.euros(totalCents) })}
          </td>
        </tr>
      }
    />
  );
}
