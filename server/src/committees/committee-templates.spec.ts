import { GovernanceModel } from '../partnerships/governance-model';
import { presets, validateRule } from '../votes/decision-rule';
import { CommitteeKind } from './committee-enums';
import { committeeTemplates, templateRuleName } from './committee-templates';

const models = Object.values(GovernanceModel);

describe('committee templates', () => {
  it.each(models)('%s: every rule can be used in a session with a chair and a veto holder, and in writing', (model) => {
    for (const t of committeeTemplates(model)) {
      expect({
        committee: t.name,
        errors: validateRule(t.rule, { procedure: 'SESSION', vetoHolders: 1, hasChair: true, entitledCount: 5 }),
      }).toEqual({ committee: t.name, errors: [] });
      expect({
        committee: t.name,
        errors: validateRule(t.rule, { procedure: 'WRITTEN', vetoHolders: 1, hasChair: true, entitledCount: 5 }),
      }).toEqual({ committee: t.name, errors: [] });
    }
  });

  it.each(models)(
    '%s: at least one committee votes, names and keys are unique, descriptions are one German sentence',
    (model) => {
      const list = committeeTemplates(model);
      expect(list.some((t) => t.votes)).toBe(true);
      expect(new Set(list.map((t) => t.name)).size).toBe(list.length);
      expect(new Set(list.map((t) => t.key)).size).toBe(list.length);
      for (const t of list) expect(t.description).toMatch(/^[A-ZÄÖÜ][^.]*[a-zäöüß]\.$/);
    },
  );

  it('never lets a community call vote', () => {
    const calls = models.flatMap((m) => committeeTemplates(m)).filter((t) => t.kind === CommitteeKind.COMMUNITY_CALL);
    expect(calls.length).toBeGreaterThan(0);
    for (const t of calls) expect(t.votes).toBe(false);
  });

  it('leaves the veto off: a vote is flagged fundamental when it opens', () => {
    for (const t of models.flatMap((m) => committeeTemplates(m))) expect(t.rule.veto).toBe(false);
  });

  it('follows the reference cases: Civitas Connect at least 75 %, DIPAS one vote per partner with the chair breaking ties', () => {
    const [assembly] = committeeTemplates(GovernanceModel.COMMUNITY_CENTRED);
    expect(assembly).toMatchObject({ kind: CommitteeKind.GENERAL_ASSEMBLY, rule: presets.THREE_QUARTERS });
    expect(templateRuleName(assembly)).toBe('THREE_QUARTERS');
    const hybrid = committeeTemplates(GovernanceModel.HYBRID);
    expect(hybrid.map((t) => t.kind)).toEqual([CommitteeKind.STRATEGIC_COMMITTEE, CommitteeKind.TECHNICAL_COMMITTEE]);
    for (const t of hybrid) {
      expect(t.rule).toMatchObject({
        fraction: { p: 1, q: 2 },
        comparator: 'GREATER',
        base: 'YES_NO',
        tieBreak: 'CHAIR_DECIDES',
        weighted: false,
      });
      expect(templateRuleName(t)).toBe('CUSTOM');
    }
  });

  it('hands out copies, so changing one does not change the template', () => {
    committeeTemplates(GovernanceModel.HYBRID)[0].rule.fraction.p = 2;
    expect(committeeTemplates(GovernanceModel.HYBRID)[0].rule.fraction.p).toBe(1);
  });
});
