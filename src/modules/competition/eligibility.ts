import { DateTime } from 'luxon';
import type { Reason } from './errors.ts';
import type { CompetitionRules } from './rules.ts';
import type { ApplicationSnapshot } from './snapshot.ts';

type Cluster = ApplicationSnapshot['cluster'];

/** Full years from the day the cluster began operating (founded, else formalised) to the day given. */
export function yearsOperating(
  cluster: Pick<Cluster, 'foundedOn' | 'formalisedOn'>,
  today: string,
): number | null {
  const since = cluster.foundedOn ?? cluster.formalisedOn;
  if (!since) return null;
  const years = DateTime.fromISO(today).diff(DateTime.fromISO(since), 'years').years;
  return Math.floor(years + 1e-9);
}

export function enterpriseCount(cluster: Pick<Cluster, 'membersByType'>): number {
  return cluster.membersByType.enterprise ?? 0;
}

export interface EligibilityCondition {
  code: 'yearsOperating' | 'minMembers' | 'minEnterprises' | 'minEnterpriseShare';
  required: number;
  actual: number | null;
  met: boolean;
}

/** Each eligibility condition of the rules with the cluster's value on the day. */
export function eligibilityConditions(
  rules: CompetitionRules,
  cluster: Cluster,
  today: string,
): EligibilityCondition[] {
  const { eligibility } = rules;
  const years = yearsOperating(cluster, today);
  const enterprises = enterpriseCount(cluster);
  const conditions: EligibilityCondition[] = [
    {
      code: 'yearsOperating',
      required: eligibility.minYearsOperating,
      actual: years,
      met: years !== null && years >= eligibility.minYearsOperating,
    },
    {
      code: 'minMembers',
      required: eligibility.minMembers,
      actual: cluster.memberCount,
      met: cluster.memberCount >= eligibility.minMembers,
    },
  ];
  if (eligibility.minEnterprises !== null)
    conditions.push({
      code: 'minEnterprises',
      required: eligibility.minEnterprises,
      actual: enterprises,
      met: enterprises >= eligibility.minEnterprises,
    });
  if (eligibility.minEnterpriseShare !== null) {
    const share = cluster.memberCount === 0 ? 0 : enterprises / cluster.memberCount;
    conditions.push({
      code: 'minEnterpriseShare',
      required: Math.round(eligibility.minEnterpriseShare * 100),
      actual: Math.round(share * 1000) / 10,
      met: share >= eligibility.minEnterpriseShare,
    });
  }
  return conditions;
}

/** Why the cluster may not apply under the rules (empty: it may), incl. missing attachments. */
export function eligibilityReasons(
  rules: CompetitionRules,
  cluster: Cluster,
  today: string,
  attachedCodes: ReadonlySet<string>,
): Reason[] {
  const reasons: Reason[] = eligibilityConditions(rules, cluster, today)
    .filter((condition) => !condition.met)
    .map((condition) => ({
      code: condition.actual === null ? `${condition.code}Unknown` : condition.code,
      params: { required: condition.required, actual: condition.actual ?? 0 },
    }));
  for (const attachment of rules.eligibility.requiredAttachments)
    if (!attachedCodes.has(attachment.code))
      reasons.push({
        code: 'missingAttachment',
        params: { namePl: attachment.namePl, nameEn: attachment.nameEn },
      });
  return reasons;
}
