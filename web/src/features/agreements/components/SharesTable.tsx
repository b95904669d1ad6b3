import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { TableRegion } from '../../shell/components/TableRegion';

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
    <TableRegion caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('agreements.column.member')}</th>
          <th scope="col" className="agreement-number">
            {t('agreements.column.share')}
          </th>
          <th scope="col" className="agreement-number">
            {t('agreements.column.exact')}
          </th>
          <th scope="col" className="agreement-number">
            {t('agreements.column.saved')}
          </th>
        </tr>
      </thead>
      <tbody>
        {shares.map((share) => {
          const exact = exactEuros(share.exactCents, locale);
          return (
            <tr key={share.organisation.id}>
              <th scope="row">{share.organisation.name}</th>
              <td className="agreement-number" data-testid="share-amount">
                {format.euros(share.amountCents)}
                {share.roundedUp && (
                  <>
                    {' '}
                    <span aria-hidden="true">↑</span>
                    <span className="portal-sr-only">{t('agreements.share.roundedUp')}</span>
                  </>
                )}
              </td>
              <td className="agreement-number">
                {exact.exact ? exact.text : t('agreements.share.about', { value: exact.text })}
              </td>
              <td className="agreement-number">{format.euros(share.savedCents)}</td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('agreements.share.sum')}</th>
          <td className="agreement-number" data-testid="share-sum">
            {format.euros(sum)}
          </td>
          <td colSpan={2}>
            {sum === totalCents
              ? t('agreements.share.sumMatches', { total: format.euros(totalCents) })
              : t('agreements.share.sumDiffers', { total: format.euros(totalCents) })}
          </td>
        </tr>
      </tfoot>
    </TableRegion>
  );
}
