/**
 * Saved plans and guides written under older field names, read under today's. The saved store runs
 * these on every read (routes/deps.ts). They live apart from the resources' schemas, importing only
 * their types, so every Lambda builds both stores without bundling another route group's contract.
 */
import type { GuideInput } from './guides.ts';
import type { PlanInputBody } from './plans.ts';

/**
 * A stored body under today's field names: each old name becomes its new one (the new one wins when
 * both are there). Bodies are stored as validated when written; a rename must not lose them.
 */
export function renameFields<T>(body: unknown, renamed: Readonly<Record<string, string>>): T {
  const stored = body as Record<string, unknown>;
  const fields = Object.entries(stored).flatMap(([key, value]) => {
    const now = renamed[key];
    if (now === undefined) return [[key, value] as const];
    return now in stored ? [] : [[now, value] as const];
  });
  return Object.fromEntries(fields) as T;
}

/** A stored plan's input under today's field names: plans saved before `credentialId` became `certificationId` still read. */
export const upgradeStoredPlan = (body: unknown) => renameFields<PlanInputBody>(body, { credentialId: 'certificationId' });

/** A stored guide's body under today's field names: guides saved before `credentials` became `certifications` still read. */
export const upgradeStoredGuide = (body: unknown) => renameFields<GuideInput>(body, { credentials: 'certifications' });
