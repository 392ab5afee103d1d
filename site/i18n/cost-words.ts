/** A program's cost in words: each line's note rendered as its `detail`, in the API's key order. */
import type { CostLine, CostLineFacts, CostNote, ProgramCost, ProgramCostFacts } from '../../functions/domain/program-cost.ts';
import { cost as enCost, kindWords as enKindWords } from './en/cost.ts';
import { cost as esCost, kindWords as esKindWords } from './es/cost.ts';
import { totalMessages, type TotalMessages } from './total-words.ts';
import type { Locale } from './locale.ts';
import { throughTableOnce } from './data-text-table.ts';
import type * as esCostData from './es/cost-api.ts';
import { lazyModules } from './lazy-load.ts';
import { LAZY_COST_DATA } from './plan-words-files.ts';

/** The cost messages every locale provides: the English ones' type is the contract. */
export type CostMessages = typeof enCost;
const COST_MESSAGES: Record<Locale, CostMessages> = { en: enCost, es: esCost };

/** The words of a price's kind: the English ones' type is the contract. */
export type KindMessages = typeof enKindWords;
const KIND_MESSAGES: Record<Locale, KindMessages> = { en: enKindWords, es: esKindWords };

/** The words of a price's kind in a locale. */
export const kindMessages = (locale: Locale): KindMessages => KIND_MESSAGES[locale];

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

/** Every word beside a price, kind and total together (build-time pages; an island imports the group it needs). */
export const priceMessages = (locale: Locale): KindMessages & TotalMessages => ({ ...KIND_MESSAGES[locale], ...totalMessages(locale) });

/** The Spanish program and credential data texts, loaded beside the reference Lambda on the first Spanish comparison. */
const costDataOf = lazyModules<keyof typeof LAZY_COST_DATA, typeof esCostData>(LAZY_COST_DATA);

/** A program's or credential's data words (the notes a cost line shows) in a locale, for the API: English as it is, another locale's through its table. */
export async function costDataIn<T extends object>(value: T, locale: Locale): Promise<T> {
  return locale === 'en' ? value : throughTableOnce(value, (await costDataOf(locale)).costDataText);
}
