/** English words of the courses page's own-program form: apart, so they load when the reader opens it. */
import { plural } from './courses.ts';

/** The own-program form's words: its code and these load when the reader opens it. */
export const coursesOwn = {
  note: "It is added to the comparison and to this page's link only; nothing is sent to the server. Costs you do not enter stay unknown.",
  name: 'Program name',
  price: 'Price ($)',
  months: 'Length (months)',
  credential: 'Credential it prepares for',
  noCredential: 'None or not sure',
  includes: 'The price includes',
  books: 'Books',
  exam: 'The exam',
  membership: 'Membership',
  booksCost: 'Books bought on top ($, if known)',
  add: 'Add to the comparison',
  /** Said after a program is added; the count is the comparison's new size. */
  added: (name: string, n: number) => `Added “${name}” to the comparison: comparing ${plural(n, 'program')} now. It is in the comparison above.`,
  /** With four already compared: what to do, not a failure. */
  full: 'The comparison already shows four programs, the most at once. To add yours, first remove one with its “Remove” button in the comparison above; what you type here stays.',
  errors: {
    name: 'Give the program a name.',
    price: 'Give the price as a number of dollars above 0, or leave it empty if you do not know it.',
    months: 'Give the length as a number of months, above 0 and up to 120.',
    books: 'Give the cost of books as a number of dollars above 0, or leave it empty.',
  },
};
