import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { VoteRulePresetsDocument, type RulePreset } from '../../../generated/graphql';
import { SelectField } from '../../shell/components/SelectField';
import { isRulePreset, rulePresets, useVoteWords } from '../../votes/hooks/useVoteWords';

interface RulePresetSelectProps {
  value: RulePreset;
  onChange: (preset: RulePreset) => void;
  errors?: string[];
  label?: string;
}

/** Choose a decision rule by its preset name; the hint spells the chosen rule out. */
export function RulePresetSelect({ value, onChange, errors, label }: RulePresetSelectProps) {
  const { t } = useTranslation();
  const words = useVoteWords();
  const { data } = useQuery(VoteRulePresetsDocument);
  const rule = data?.rulePresets.find((info) => info.name === value)?.rule;
  return (
    <SelectField
      label={label ?? t('committees.create.rule')}
      hint={rule ? words.rule(rule).join(' · ') : undefined}
      name="rule"
      value={value}
      onChange={(event) => {
        if (isRulePreset(event.target.value)) onChange(event.target.value);
      }}
      errors={errors}
    >
      {rulePresets.map((name) => (
        <option key={name} value={name}>
          {t(`votes.preset.${name}`)}
        </option>
      ))}
    </SelectField>
  );
}
