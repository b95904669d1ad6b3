import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FundOrganisationsDocument } from '../../../generated/graphql';
import { SelectField } from '../../shell/components/SelectField';
import { TextField } from '../../shell/components/TextField';

interface OrganisationSelectProps {
  name: string;
  label: string;
  value: string;
  onChange: (id: string) => void;
  errors?: string[];
  /** Listed first, as their own group (e.g. the partnership's members). */
  preferred?: { id: string; name: string }[];
  preferredLabel?: string;
}

/** Any organisation of the directory, found by part of its name; the preferred ones listed first. */
export function OrganisationSelect({
  name,
  label,
  value,
  onChange,
  errors,
  preferred = [],
  preferredLabel,
}: OrganisationSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { data } = useQuery(FundOrganisationsDocument, { variables: { search: search.trim() || null } });
  const preferredIds = new Set(preferred.map((o) => o.id));
  const others = (data?.organisations.nodes ?? []).filter((o) => !preferredIds.has(o.id));
  const match = (o: { name: string }) => !search.trim() || o.name.toLowerCase().includes(search.trim().toLowerCase());
  return (
    <>
      <TextField
        label={t('fund.organisation.search', { label })}
        name={`${name}Search`}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <SelectField
        label={label}
        name={name}
        required
        value={value}
        onChange={(e) => onChange(e.target.value)}
        errors={errors}
      >
        <option value="">{t('fund.organisation.choose')}</option>
        {preferred.length > 0 && (
          <optgroup label={preferredLabel}>
            {preferred
              .filter((o) => match(o) || o.id === value)
              .map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
          </optgroup>
        )}
        <optgroup label={t('fund.organisation.directory')}>
          {others.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </optgroup>
      </SelectField>
    </>
  );
}
