/**
 * The bar at the foot of the screen while programs are picked: "Comparing 2 of 4 — View comparison", so ticking a
 * Compare box far down the list shows where the choice went. A polite live region, always present, says each change of count.
 */
import { MAX_COMPARE } from './state.ts';
import { useCoursesWords } from './words.ts';

interface Props {
  picked: number;
  /** The latest change of count in words ('' before any). */
  announce: string;
  /** Move focus to the comparison. */
  view: () => void;
}

export function CompareTray({ picked, announce, view }: Props) {
  const T = useCoursesWords().m.compare.tray;
  return (
    <>
      <p className="cc-sr" role="status">{announce}</p>
      {picked > 0 && (
        <div className="cc-tray" role="region" aria-label={T.label}>
          <p>
            <strong>{T.count(picked)}</strong>
            {T.of(MAX_COMPARE)}
          </p>
          <button type="button" onClick={view}>{T.view}</button>
        </div>
      )}
    </>
  );
}
