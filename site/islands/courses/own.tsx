/** "Add a program you are considering": the reader's own program joins the comparison; it stays in the browser and the link. */
import { useState, type FormEvent } from 'react';
import type { OwnProgram } from '../../../functions/domain/program-cost.ts';
import { amountOf } from './state.ts';

interface Props {
  certs: { id: string; acronym: string }[];
  full: boolean;
  add: (own: OwnProgram) => void;
}

export function OwnProgramForm({ certs, full, add }: Props) {
  const [error, setError] = useState('');
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value.trim() : '';
    };
    const name = text('name');
    if (!name) return setError('Give the program a name.');
    const price = amountOf(text('price'));
    const months = amountOf(text('months'), 120);
    const books = amountOf(text('booksCost'));
    if (text('price') && !price) return setError('Give the price as a number of dollars above 0, or leave it empty if you do not know it.');
    if (text('months') && !months) return setError('Give the length as a number of months, above 0 and up to 120.');
    if (text('booksCost') && !books) return setError('Give the cost of books as a number of dollars above 0, or leave it empty.');
    setError('');
    add({
      name: name.replace(/[~|\u0000-\u001f]/g, ' ').slice(0, 60).trim(),
      price,
      months,
      certificationId: text('cert') || null,
      includes: { books: form.get('books') === 'on', exam: form.get('exam') === 'on', membership: form.get('membership') === 'on' },
      booksCost: books,
    });
    e.currentTarget.reset();
  };
  return (
    <details className="cc-own">
      <summary>Add a program you are considering</summary>
      <form onSubmit={submit} noValidate aria-describedby="cc-own-note">
        <p id="cc-own-note" className="note">It is added to the comparison and to this page's link only; nothing is sent to the server. Costs you do not enter stay unknown.</p>
        <div className="cc-own-grid">
          <div className="cc-field">
            <label htmlFor="cc-own-name">Program name</label>
            <input id="cc-own-name" name="name" type="text" maxLength={60} required aria-invalid={error.startsWith('Give the program') || undefined} />
          </div>
          <div className="cc-field">
            <label htmlFor="cc-own-price">Price ($)</label>
            <input id="cc-own-price" name="price" type="text" inputMode="decimal" />
          </div>
          <div className="cc-field">
            <label htmlFor="cc-own-months">Length (months)</label>
            <input id="cc-own-months" name="months" type="text" inputMode="decimal" />
          </div>
          <div className="cc-field">
            <label htmlFor="cc-own-cert">Credential it prepares for</label>
            <select id="cc-own-cert" name="cert" defaultValue="">
              <option value="">None or not sure</option>
              {certs.map((c) => <option key={c.id} value={c.id}>{c.acronym}</option>)}
            </select>
          </div>
          <fieldset className="cc-field cc-includes">
            <legend>The price includes</legend>
            <label><input type="checkbox" name="books" /> Books</label>
            <label><input type="checkbox" name="exam" /> The exam</label>
            <label><input type="checkbox" name="membership" /> Membership</label>
          </fieldset>
          <div className="cc-field">
            <label htmlFor="cc-own-books">Books bought on top ($, if known)</label>
            <input id="cc-own-books" name="booksCost" type="text" inputMode="decimal" />
          </div>
        </div>
        {error && <p className="cc-error" role="alert">{error}</p>}
        <button type="submit" disabled={full}>Add to the comparison</button>
        {full && <p className="note">Four programs are in the comparison: remove one first.</p>}
      </form>
    </details>
  );
}
