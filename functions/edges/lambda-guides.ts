/** Lambda entry for counselor guides (ROUTE_GROUPS.guides): their writes and the student's view. */
import { guidesGroup } from '../routes/group-guides.ts';
import { lambdaHandler } from './lambda-handler.ts';

export const handler = lambdaHandler(guidesGroup);
