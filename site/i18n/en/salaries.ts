/** English words of the salaries island: pay in dollars by the year or the hour, and counts. */
import { formatFor } from '../format.ts';

const f = formatFor('en');

/** The salaries island in English. */
export const salaries = {
  /** $47,230 a year, or $22.71 an hour: whole dollars for annual pay, cents for hourly. */
  money: (value: number, pay: 'annual' | 'hourly') => (pay === 'hourly' ? f.usdHourly(value) : f.usd(value)),
  /** 20,390 */
  count: f.count,
};
