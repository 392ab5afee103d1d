/**
 * The reference dataset: every file in data/, parsed with its schema.
 * Imported by the site at build time and by the seed loader; never by the running API.
 * The ground floor: it imports nothing from functions/ or site/.
 */
import articleClaimsJson from './article-claims.json' with { type: 'json' };
import certifications from './certifications.json' with { type: 'json' };
import codeSets from './code-sets.json' with { type: 'json' };
import occupations from './occupations.json' with { type: 'json' };
import plannerRulesJson from './planner-rules.json' with { type: 'json' };
import programs from './programs.json' with { type: 'json' };
import projections from './projections.json' with { type: 'json' };
import roles from './roles.json' with { type: 'json' };
import sources from './sources.json' with { type: 'json' };
import wages from './wages.json' with { type: 'json' };
import { articleClaimsSchema, datasetSchema, plannerRulesSchema, type ArticleClaim, type Dataset, type PlannerRulesData } from './schemas.ts';

/** Every data file, validated: a bad file fails the build and the seed. */
export const dataset: Dataset = datasetSchema.parse({ sources, roles, occupations, wages, projections, codeSets, certifications, programs });

/** The timeline planner's rules (data/planner-rules.json), validated. */
export const plannerRules: PlannerRulesData = plannerRulesSchema.parse(plannerRulesJson);

/** The source article's three figure claims (data/article-claims.json), validated: each page sets one beside the evidence. */
export const articleClaims: readonly ArticleClaim[] = articleClaimsSchema.parse(articleClaimsJson).claims;
