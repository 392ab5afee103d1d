/**
 * "Add a program you are considering", closed until the reader opens it: its form (own-form.tsx) loads
 * then, so a first visit runs none of it. Once opened it stays, so what was typed survives closing.
 */
import { lazy, Suspense, useState } from 'react';
import type { OwnProgramProps } from './own-form.tsx';
import { useCoursesWords } from './words.ts';

const OwnProgramFields = lazy(() => import('./own-form.tsx'));

/** The reader's own program, to add to the comparison. */
export function OwnProgramForm(props: OwnProgramProps) {
  const O = useCoursesWords().m.own;
  const [opened, setOpened] = useState(false);
  return (
    <details className="cc-own" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{O.summary}</summary>
      {opened && (
        <Suspense fallback={null}>
          <OwnProgramFields {...props} />
        </Suspense>
      )}
    </details>
  );
}
