// Used by the tests only: rounds and their rules, a movable clock, files; people and clusters come from test/factories.ts.
import type { Clock } from '../../platform/clock.ts';
import { attachmentStore } from './attachmentStore.ts';
import type { RoundInput } from './roundInput.ts';
import { type CompetitionRules, LATEST_ROUND_RULES, rulesFromTemplate } from './rules.ts';

/** A clock a test moves by hand. */
export function movableClock(start: string) {
  let instant = new Date(start).getTime();
  const clock: Clock = { now: () => new Date(instant) };
  return {
    clock,
    set: (at: string) => {
      instant = new Date(at).getTime();
    },
  };
}

export const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
export const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

/** Rules a small test cluster meets: 1 year, 5 members, the template's attachments. */
export function lenientRules(): CompetitionRules {
  const rules = rulesFromTemplate('LATEST_ROUND_RULES');
  rules.eligibility.minYearsOperating = 1;
  rules.eligibility.minMembers = 5;
  return rules;
}

let rounds = 0;

export function roundInput(overrides: Partial<RoundInput> = {}): RoundInput {
  rounds += 1;
  return {
    programmeId: 1,
    number: 100 + rounds,
    namePl: `Nabór testowy ${rounds}`,
    nameEn: `Test call ${rounds}`,
    descriptionPl: 'Opis naboru.',
    descriptionEn: 'About the call.',
    opensAt: '2026-12-01T08:00:00.000Z',
    closesAt: '2026-12-15T15:00:00.000Z',
    formalCheckDueAt: null,
    assessmentDueAt: null,
    panelDueAt: null,
    decisionDueAt: null,
    rules: lenientRules(),
    ...overrides,
  };
}

export const COMPLETE_ANSWERS = {
  contactPerson: 'Anna Nowak',
  contactEmail: 'anna@klaster.example',
  contactPhone: '+48 22 000 00 00',
  website: 'https://klaster.example',
  employment: '1200',
  revenue: '350000000,50',
  exports: '120000000',
  rdSpending: '4500000',
  patents: '12',
  jointProjects: '8',
  strategySummary: 'Strategia rozwoju klastra na lata 2027–2030.',
  actionPlan: 'Plan działań: wspólne projekty B+R, targi, szkolenia.',
};

export function testStore() {
  return attachmentStore(process.env.TEST_DATA_DIR ?? `/tmp/portal-test-attachments-${process.pid}`);
}

export { LATEST_ROUND_RULES };
