/** A program's cost in words: each line's note rendered as its `detail`, in the API's key order. */
import type { CostLine, CostLineFacts, CostNote, ProgramCost, ProgramCostFacts } from '../../functions/domain/program-cost.ts';
import { cost as enCost } from './en/cost.ts';
import type { Locale } from './locale.ts';

/** The cost messages every locale provides: the English ones' type is the contract. */
export type CostMessages = typeof enCost;
const COST_MESSAGES: Record<Locale, CostMessages> = { en: enCost };

/** The cost messages of a locale. */
export const costMessages = (locale: Locale): CostMessages => COST_MESSAGES[locale];

/** One cost note in words. */
export function costNoteWords(note: CostNote, messages: CostMessages): string {
  // Each code takes its own values: the union of codes meets the union of message functions here.
  const say = messages.note[note.code] as (n: CostNote) => string;
  return say(note);
}

function lineOf(line: CostLineFacts, messages: CostMessages): CostLine {
  const { note, ...rest } = line;
  return { ...rest, detail: costNoteWords(note, messages) };
}

/** The cost with every line's detail in a locale's words. */
export function costWords(cost: ProgramCostFacts, locale: Locale): ProgramCost {
  const messages = costMessages(locale);
  return { ...cost, lines: cost.lines.map((l) => lineOf(l, messages)) };
}
