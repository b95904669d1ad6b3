/**
 * The committees each governance model brings (DESIGN.md, "Governance templates"). Pure data: choosing a
 * template fills these in, and every value stays editable afterwards.
 */
import { GovernanceModel } from '../partnerships/governance-model';
import { DecisionRule, PresetName, presets } from '../votes/decision-rule';
import { sameRule } from '../votes/decision-rule';
import { Cadence, CommitteeKind } from './committee-enums';

export interface CommitteeTemplate {
  /** Stable within its model, e.g. to refer to "the assembly" in demo data. */
  key: string;
  name: string;
  kind: CommitteeKind;
  cadence: Cadence;
  votes: boolean;
  /** The preset the rule starts from. */
  preset: PresetName;
  /** The preset with the model's overrides. The veto stays off: a vote is flagged fundamental when it opens. */
  rule: DecisionRule;
  seatsForAllMembers: boolean;
  description: string;
}

const rule = (preset: PresetName, overrides: Partial<DecisionRule> = {}): DecisionRule => ({
  ...presets[preset],
  ...overrides,
});

/** DIPAS: one vote per partner, a tie is decided by the chair's vote. */
const dipas: Partial<DecisionRule> = { weighted: false, tieBreak: 'CHAIR_DECIDES' };

const templates: Record<GovernanceModel, CommitteeTemplate[]> = {
  // Model 1 (Civitas Connect): the association coordinates, the members decide with at least 75 %.
  [GovernanceModel.COMMUNITY_CENTRED]: [
    {
      key: 'assembly',
      name: 'Abteilungsversammlung',
      kind: CommitteeKind.GENERAL_ASSEMBLY,
      cadence: Cadence.MONTHLY,
      votes: true,
      preset: 'THREE_QUARTERS',
      rule: rule('THREE_QUARTERS'),
      seatsForAllMembers: true,
      description:
        'Alle Mitglieder entscheiden monatlich über den gemeinsamen Kern, ein Antrag braucht mindestens 75 % der abgegebenen Stimmen.',
    },
    {
      key: 'technical',
      name: 'Technisches Komitee',
      kind: CommitteeKind.TECHNICAL_COMMITTEE,
      cadence: Cadence.QUARTERLY,
      votes: true,
      preset: 'SIMPLE_MAJORITY',
      rule: rule('SIMPLE_MAJORITY'),
      seatsForAllMembers: true,
      description:
        'Bewertet Anträge technisch, schätzt Aufwände und empfiehlt der Abteilungsversammlung, was in den Kern aufgenommen wird.',
    },
    {
      key: 'working-group',
      name: 'Arbeitsgruppe Anforderungen',
      kind: CommitteeKind.WORKING_GROUP,
      cadence: Cadence.AS_NEEDED,
      votes: true,
      preset: 'SIMPLE_MAJORITY',
      rule: rule('SIMPLE_MAJORITY'),
      seatsForAllMembers: false,
      description:
        'Interessierte Mitglieder arbeiten Anforderungen und Leistungsbeschreibungen aus, bevor sie zur Abstimmung kommen.',
    },
    {
      key: 'community-call',
      name: 'Offener Community-Call',
      kind: CommitteeKind.COMMUNITY_CALL,
      cadence: Cadence.MONTHLY,
      votes: false,
      preset: 'SIMPLE_MAJORITY',
      rule: rule('SIMPLE_MAJORITY'),
      seatsForAllMembers: true,
      description:
        'Offener Austausch für Mitglieder und Interessierte über Neuigkeiten und Erfahrungen, hier wird nicht abgestimmt.',
    },
  ],
  // Model 2 (Masterportal, DIPAS): two committees, quarterly, one vote per partner, the lead authority chairs.
  [GovernanceModel.HYBRID]: [
    {
      key: 'strategic',
      name: 'Strategisches Komitee',
      kind: CommitteeKind.STRATEGIC_COMMITTEE,
      cadence: Cadence.QUARTERLY,
      votes: true,
      preset: 'SIMPLE_MAJORITY',
      rule: rule('SIMPLE_MAJORITY', dipas),
      seatsForAllMembers: true,
      description:
        'Entscheidet über Ausrichtung, Entwicklungsfonds und Kernänderungen, jedes Mitglied hat eine Stimme, bei Gleichstand entscheidet der Vorsitz.',
    },
    {
      key: 'technical',
      name: 'Technisches Komitee',
      kind: CommitteeKind.TECHNICAL_COMMITTEE,
      cadence: Cadence.QUARTERLY,
      votes: true,
      preset: 'SIMPLE_MAJORITY',
      rule: rule('SIMPLE_MAJORITY', dipas),
      seatsForAllMembers: true,
      description: 'Prüft Architektur, Pull Requests und Releases, eine Kernänderung braucht auch hier eine Mehrheit.',
    },
  ],
  // Model 3 (KODI, Smart Village App): the provider steers; the members meet yearly and advise on the roadmap.
  [GovernanceModel.PROVIDER_DRIVEN]: [
    {
      key: 'assembly',
      name: 'Mitgliederversammlung',
      kind: CommitteeKind.GENERAL_ASSEMBLY,
      cadence: Cadence.YEARLY,
      votes: true,
      preset: 'SIMPLE_MAJORITY',
      rule: rule('SIMPLE_MAJORITY'),
      seatsForAllMembers: true,
      description:
        'Die Mitglieder treffen sich mindestens einmal im Jahr, hören den Bericht des Anbieters und beschließen über Beiträge und Regeln.',
    },
    {
      key: 'advisory-board',
      name: 'Anwenderbeirat',
      kind: CommitteeKind.ADVISORY_BOARD,
      cadence: Cadence.QUARTERLY,
      votes: true,
      preset: 'SIMPLE_MAJORITY',
      rule: rule('SIMPLE_MAJORITY'),
      seatsForAllMembers: true,
      description:
        'Jede Kundenkommune hat einen Sitz, der Beirat priorisiert Funktionswünsche und empfiehlt dem Anbieter die Roadmap.',
    },
  ],
  // Variation of model 3 (OSCA): a municipal IT provider, its customers decide what is built jointly.
  [GovernanceModel.MUNICIPAL_PROVIDER]: [
    {
      key: 'advisory-board',
      name: 'Innovationsbeirat',
      kind: CommitteeKind.ADVISORY_BOARD,
      cadence: Cadence.QUARTERLY,
      votes: true,
      preset: 'SIMPLE_MAJORITY',
      rule: rule('SIMPLE_MAJORITY'),
      seatsForAllMembers: true,
      description:
        'Jeder Kunde hat einen freien Sitz, der Beirat entscheidet, welche Module gemeinsam entwickelt und allen ausgerollt werden.',
    },
    {
      key: 'community-call',
      name: 'Anwendertreffen',
      kind: CommitteeKind.COMMUNITY_CALL,
      cadence: Cadence.HALF_YEARLY,
      votes: false,
      preset: 'SIMPLE_MAJORITY',
      rule: rule('SIMPLE_MAJORITY'),
      seatsForAllMembers: true,
      description:
        'Anwenderinnen und Anwender tauschen Erfahrungen aus und stellen Wünsche vor, hier wird nicht abgestimmt.',
    },
  ],
};

/** The committees a partnership of this model starts with; fresh copies, so callers may change them. */
export function committeeTemplates(model: GovernanceModel): CommitteeTemplate[] {
  return structuredClone(templates[model]);
}

/** The name a rule is stored under, as the API names it: the preset when unchanged, else CUSTOM. */
export function templateRuleName(template: Pick<CommitteeTemplate, 'preset' | 'rule'>): string {
  return sameRule(presets[template.preset], template.rule) ? template.preset : 'CUSTOM';
}
