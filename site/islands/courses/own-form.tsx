/** The form of "Add a program you are considering" (own.tsx loads it when the reader opens it): the program joins the comparison; it stays in the browser and the link. */
import { use, useState, type FormEvent } from 'react';
import type { OwnProgram } from '../../../functions/domain/program-cost.ts';
import { amountOf, MAX_COMPARE } from './state.ts';
import { useCoursesWords } from './words.ts';

/** What the form needs from the island. */
export interface OwnProgramProps {
  certs: { id: string; acronym: string }[];
  /** How many programs are compared now. */
  picked: number;
  /** Add it; false when the comparison is full. */
  add: (own: OwnProgram) => boolean;
}

export default function OwnProgramFields({ certs, picked, add }: OwnProgramProps) {
  // Its words load with it, in the page's locale (the Suspense around it waits for them).
  const O = use(useCoursesWords().own());
  const [error, setError] = useState('');
  /** "Added … to the comparison", until the form is used again. */
  const [added, setAdded] = useState('');
  const full = picked >= MAX_COMPARE;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setAdded('');
    // Full: the note at the top of the form (and the button's description) says what to do; what was typed stays.
    if (full) return;
    const form = new FormData(e.currentTarget);
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value.trim() : '';
    };
    const name = text('name');
    if (!name) return setError(O.errors.name);
    const price = amountOf(text('price'));
    const months = amountOf(text('months'), 120);
    const books = amountOf(text('booksCost'));
    if (text('price') && !price) return setError(O.errors.price);
    if (text('months') && !months) return setError(O.errors.months);
    if (text('booksCost') && !books) return setError(O.errors.books);
    setError('');
    const own: OwnProgram = {
      name: name.replace(/[~|\u0000-\u001f]/g, ' ').slice(0, 60).trim(),
      price,
      months,
      certificationId: text('cert') || null,
      includes: { books: form.get('books') === 'on', exam: form.get('exam') === 'on', membership: form.get('membership') === 'on' },
      booksCost: books,
    };
    if (!add(own)) return;
    setAdded(O.added(own.name, picked + 1));
    e.currentTarget.reset();
  };
  return (
    <form onSubmit={submit} noValidate aria-describedby="cc-own-note">
      <p id="cc-own-note" className="note">{O.note}</p>
      {full && <p id="cc-own-full" className="cc-own-full">{O.full}</p>}
      <div className="cc-own-grid">
        <div className="cc-field">
          <label htmlFor="cc-own-name">{O.name}</label>
          <input id="cc-own-name" name="name" type="text" maxLength={60} required aria-invalid={error === O.errors.name || undefined} />
        </div>
        <div className="cc-field">
          <label htmlFor="cc-own-price">{O.price}</label>
          <input id="cc-own-price" name="price" type="text" inputMode="decimal" />
        </div>
        <div className="cc-field">
          <label htmlFor="cc-own-months">{O.months}</label>
          <input id="cc-own-months" name="months" type="text" inputMode="decimal" />
        </div>
        <div className="cc-field">
          <label htmlFor="cc-own-cert">{O.credential}</label>
          <select id="cc-own-cert" name="cert" defaultValue="">
            <option value="">{O.noCredential}</option>
            {certs.map((c) => <option key={c.id} value={c.id}>{c.acronym}</option>)}
          </select>
        </div>
        <fieldset className="cc-field cc-includes">
          <legend>{O.includes}</legend>
          <label><input type="checkbox" name="books" /> {O.books}</label>
          <label><input type="checkbox" name="exam" /> {O.exam}</label>
          <label><input type="checkbox" name="membership" /> {O.membership}</label>
        </fieldset>
        <div className="cc-field">
          <label htmlFor="cc-own-books">{O.booksCost}</label>
          <input id="cc-own-books" name="booksCost" type="text" inputMode="decimal" />
        </div>
      </div>
      {error && <p className="cc-error" role="alert">{error}</p>}
      <button type="submit" aria-disabled={full || undefined} aria-describedby={full ? 'cc-own-full' : undefined}>{O.add}</button>
      <p className="cc-own-said" role="status">{added}</p>
    </form>
  );
}
