/**
 * The catalog's headline counts, for /courses/ and /methodology/ alike (build time): programs by the kind
 * of their price and by where they are taught, and the states that have none yet.
 */
import { STATE_CODES } from '../../../../data/area-codes.ts';
import type { Program, ProgramPlace } from '../../../../data/schemas.ts';
import { countByKind } from '../../../../functions/domain/figure-kind.ts';
import { chosenVersion } from '../../../../functions/domain/program-cost.ts';
import { countByPlace } from '../../../../functions/domain/program-list.ts';
import { areaNames } from '../../../i18n/area-names.ts';
import { coursesPageMessages } from '../../../i18n/courses-messages.ts';
import { formatTag, type Locale } from '../../../i18n/locale.ts';

/** A place with its programs (by name), most programs first. */
export interface PlaceGroup<P> {
  place: ProgramPlace;
  name: string;
  count: number;
  programs: P[];
}

/** Programs by price kind and by place, in words, with the groups and the states without a program. */
export function programCounts<P extends Pick<Program, 'id' | 'name' | 'state' | 'tuition' | 'seen'>>(programs: readonly P[], locale: Locale) {
  const page = coursesPageMessages(locale);
  const shown = programs.map((p) => chosenVersion(p.tuition));
  const kinds = page.kindCount(
    countByKind(shown),
    shown.filter((v) => v?.bound === 'at-least').length,
    shown.filter((v) => v === undefined).length,
  );
  const names = areaNames(locale);
  const placeName = (place: ProgramPlace) => (place === 'online' ? page.places.online : names[place]);
  const places: PlaceGroup<P>[] = countByPlace(programs).map(({ place, count }) => ({
    place,
    count,
    name: placeName(place),
    programs: programs.filter((p) => p.state === place).sort((a, b) => a.name.localeCompare(b.name)),
  }));
  const byPlace = page.places.count(
    places.map((p) => ({ name: p.place === 'online' ? 'online' : p.name, count: p.count })),
    programs.filter((p) => p.state === null).length,
  );
  const statesWithNone = STATE_CODES.filter((code) => !places.some((p) => p.place === code)).map((code) => names[code]).sort(new Intl.Collator(formatTag(locale)).compare);
  // The newest day any program was read: the catalog is as of then.
  const seen = page.seen(programs.map((p) => p.seen).sort().at(-1)!);
  return { kinds, byPlace, places, statesWithNone, seen };
}
