import { ExactDecimal } from '../../engine/exact/index.js';
import { inPeriod, type PeriodOption } from '../../engine/options/index.js';
import { MS_PER_DAY } from '../../engine/time/index.js';
import type { ValidDeal, ValidLead } from '../../engine/validate/index.js';

/** The sales cycle in days and in months (a month is 365/12 days). */
export interface SalesCycle {
  /** Won deals measured. */
  deals: number;
  /** Of those, deals measured from their lead's first date. */
  fromLead: number;
  days: number | null;
  months: number | null;
}

/**
 * The seeds' sales cycle: mean time from the first interaction with the
 * prospect to the signature, over deals won in the period. A deal linked to
 * a lead (`leadId`) starts at the date the lead was created (`reached.lead`),
 * or at its own creation when that is earlier; a deal without a lead starts
 * at its creation. In days (fractional) and in months of 365/12 days; `null`
 * without won deals.
 *
 * @example
 * salesCycleFromFirstContact(valid.deals, valid.leads ?? [], { period }) //=> { deals: 12, fromLead: 9, days: 73.5, months: 2.416… }
 * @throws never
 */
export function salesCycleFromFirstContact(deals: readonly ValidDeal[], leads: readonly ValidLead[], options: PeriodOption = {}): SalesCycle {
  const firstContact = new Map<string, number>();
  for (const lead of leads) firstContact.set(lead.id, lead.reached.lead);
  let count = 0;
  let fromLead = 0;
  let totalMs = 0;
  for (const deal of deals) {
    if (deal.status !== 'won' || deal.closedAt === null || !inPeriod(deal.closedAt, options.period)) continue;
    const leadStart = deal.leadId === null ? undefined : firstContact.get(deal.leadId);
    const start = leadStart === undefined ? deal.createdAt : Math.min(leadStart, deal.createdAt);
    if (leadStart !== undefined) fromLead++;
    count++;
    // Whole milliseconds: the sum stays an exact integer far past any real pipeline.
    totalMs += deal.closedAt - start;
  }
  if (count === 0) return { deals: 0, fromLead: 0, days: null, months: null };
  const days = new ExactDecimal(totalMs).div(count * MS_PER_DAY);
  return { deals: count, fromLead, days: days.toNumber(), months: days.times(12).div(365).toNumber() };
}
