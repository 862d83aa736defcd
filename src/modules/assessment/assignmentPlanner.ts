/** An application with free expert slots, and who may not take them. */
export interface OpenApplication {
  applicationId: number;
  /** How many more experts it needs. */
  slots: number;
  /** Experts already on it (in any state, conflicts included) or linked to the cluster. */
  excluded: ReadonlySet<number>;
}

export interface ExpertLoad {
  expertId: number;
  /** Tasks the expert has not finished yet. */
  load: number;
}

export interface PlannedAssignment {
  applicationId: number;
  expertId: number;
}

/**
 * Fills the free slots, applications in id order, each slot with the free expert who has the fewest
 * unfinished tasks (ties: the lowest id), counting the tasks given out here as they go, so the same
 * input always gives the same plan. A slot no eligible expert can take stays open.
 */
export function planAssignments(
  applications: readonly OpenApplication[],
  experts: readonly ExpertLoad[],
): PlannedAssignment[] {
  const loads = new Map(experts.map((expert) => [expert.expertId, expert.load]));
  const plan: PlannedAssignment[] = [];
  for (const application of [...applications].sort((a, b) => a.applicationId - b.applicationId)) {
    const taken = new Set(application.excluded);
    for (let slot = 0; slot < application.slots; slot++) {
      const expertId = leastLoaded(loads, taken);
      if (expertId === undefined) break;
      plan.push({ applicationId: application.applicationId, expertId });
      taken.add(expertId);
      loads.set(expertId, (loads.get(expertId) ?? 0) + 1);
    }
  }
  return plan;
}

function leastLoaded(loads: ReadonlyMap<number, number>, taken: ReadonlySet<number>): number | undefined {
  let best: { id: number; load: number } | undefined;
  for (const [id, load] of loads) {
    if (taken.has(id)) continue;
    if (!best || load < best.load || (load === best.load && id < best.id)) best = { id, load };
  }
  return best?.id;
}
