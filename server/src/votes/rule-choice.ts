import { AppError } from '../common/graphql/app-error';
import { DecisionRule, presets, PresetName, RuleContext, sameRule, validateRule } from './decision-rule';
import { toDecisionRule } from './decision-rule.types';
import type { RuleChoiceInput } from '../committees/dto/committee.inputs';

/**
 * A preset, a full rule, or both (the rule wins, the name says CUSTOM unless it equals the preset), checked
 * against the context; refused with every reason at once.
 */
export function chooseRule(
  choice: RuleChoiceInput | undefined,
  fallback: { rule: DecisionRule; name: string },
  context: RuleContext,
  field: string,
  adjust: (rule: DecisionRule) => DecisionRule = (rule) => rule,
) {
  let rule = fallback.rule;
  let name = fallback.name;
  if (choice?.preset) {
    rule = presets[choice.preset as PresetName];
    name = choice.preset;
  }
  if (choice?.rule) {
    const given = toDecisionRule(choice.rule);
    name = Object.entries(presets).find(([, preset]) => sameRule(preset, given))?.[0] ?? 'CUSTOM';
    rule = given;
  }
  rule = adjust(rule);
  const errors = validateRule(rule, context);
  if (errors.length > 0) throw AppError.badInput({ [field]: errors });
  return { rule, name };
}
