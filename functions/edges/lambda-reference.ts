/** Lambda entry for the reference reads (ROUTE_GROUPS.reference): health, roles, salaries, certifications, programs. */
import { referenceGroup } from '../routes/group-reference.ts';
import { lambdaHandler } from './lambda-handler.ts';

export const handler = lambdaHandler(referenceGroup);
