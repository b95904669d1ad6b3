import { useQuery } from '@apollo/client/react';
import i18next from 'i18next';
import { FinancePartnershipDocument, type FinancePartnershipQuery } from '../../../generated/graphql';

export type FinancePartnership = FinancePartnershipQuery['partnership'];

/** What the viewer may see of a partnership's money: all of it, its own organisations' statements, or neither. */
export interface FinanceAccess {
  canRead: boolean;
  canManage: boolean;
  /** The organisations the viewer represents here, whose statements it may open. */
  represented: { id: string; name: string }[];
}

export function useFinancePartnership(slug: string) {
  const query = useQuery(FinancePartnershipDocument, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  const partnership = query.data?.partnership;
  let access: FinanceAccess | null = null;
  if (partnership) {
    const permissions = new Set<string>(partnership.viewerPermissions);
    const represented = (query.data?.me?.roles ?? [])
      .filter((r) => r.role === 'REPRESENTATIVE' && r.partnership.id === partnership.id && r.organisation)
      .map((r) => r.organisation as { id: string; name: string });
    access = {
      canRead: permissions.has('FINANCE_READ'),
      canManage: permissions.has('FINANCE_MANAGE'),
      represented: permissions.has('CONTRACTS_SIGN') ? [...new Map(represented.map((o) => [o.id, o])).values()] : [],
    };
  }
  return { ...query, partnership, access };
}

/** The calendar year today, in the reader's time zone. */
export function currentYear(): number {
  return new Date().getFullYear();
}

/** A year from the address, or the fallback when it is missing or not a plausible year. */
export function yearParam(value: string | null, fallback: number): number {
  const year = value && /^\d{4}$/.test(value) ? Number(value) : NaN;
  return year >= 1900 && year <= 2200 ? year : fallback;
}

/** The years to offer in a year picker: the given ones plus the last ten and the next, newest first. */
export function yearOptions(known: readonly number[] = [], around = currentYear()): number[] {
  const years = new Set<number>(known);
  for (let y = around + 1; y >= around - 10; y -= 1) years.add(y);
  return [...years].sort((a, b) => b - a);
}

/**
 * Download address of an export (served by the API, not the portal's router). It names the portal's language:
 * a download sends the browser's Accept-Language, which need not be the one the reader chose here.
 */
export function exportUrl(
  slug: string,
  kind: 'ledger' | 'statement' | 'agreements' | 'invoices',
  format: 'csv' | 'xlsx',
  params: Record<string, string | number | undefined> = {},
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...params, lang: i18next.resolvedLanguage ?? i18next.language }))
    if (value !== undefined && value !== '') query.set(key, String(value));
  const search = query.toString();
  return `/exports/${encodeURIComponent(slug)}/${kind}.${format}${search ? `?${search}` : ''}`;
}
