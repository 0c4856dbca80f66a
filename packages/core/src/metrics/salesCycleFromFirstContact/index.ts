import { arrayArgument, checkInput } from '../../_lib/arguments/index.js';
import { float64At, itemAt } from '../../_lib/itemAt/index.js';
import { ratio } from '../../engine/exact/index.js';
import type { PeriodOption } from '../../engine/options/index.js';
import { dealColumnsOf, wonRows, type DealColumns } from '../../_lib/dealColumns/index.js';
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
 * @throws {TypeError} when an argument has the wrong structure (`salesCycleFromFirstContact: <argument> must be …`)
 */
export function salesCycleFromFirstContact(deals: readonly ValidDeal[], leads: readonly ValidLead[], options: PeriodOption = {}): SalesCycle {
  arrayArgument(deals, 'salesCycleFromFirstContact', 'deals');
  arrayArgument(leads, 'salesCycleFromFirstContact', 'leads');
  checkInput(options, 'salesCycleFromFirstContact', { period: 'object?' }, 'options');
  const columns = dealColumnsOf(deals, 'salesCycleFromFirstContact');
  return salesCycleOfWonRows(columns, leads, wonRows(columns, options.period));
}

/**
 * {@link salesCycleFromFirstContact} of won deals already found (see `closedRowsIn`).
 *
 * @example
 * salesCycleOfWonRows(dealColumnsOf(valid.deals), valid.leads ?? [], [0, 3]) //=> { deals: 2, fromLead: 1, days: 40.5, months: 1.33 }
 * @throws never
 */
export function salesCycleOfWonRows(columns: DealColumns, leads: readonly ValidLead[], rows: readonly number[]): SalesCycle {
  // Made on the first deal with a lead: deals without one never read the leads.
  let firstContact: Map<string, number> | undefined;
  const { createdAt, closedAt, deals } = columns;
  let count = 0;
  let fromLead = 0;
  let totalMs = 0;
  if (columns.leadDeals === 0) {
    // No deal has a lead: every cycle starts at the deal's creation, read from the columns alone.
    for (let i = 0; i < rows.length; i++) {
      const row = itemAt(rows, i, 'salesCycleOfWonRows');
      totalMs += float64At(closedAt, row, 'salesCycleOfWonRows') - float64At(createdAt, row, 'salesCycleOfWonRows');
    }
    count = rows.length;
  }
  for (let i = 0; i < rows.length && columns.leadDeals > 0; i++) {
    const row = itemAt(rows, i, 'salesCycleOfWonRows');
    const leadId = deals[row]?.leadId ?? null;
    const created = createdAt[row] ?? 0;
    const leadStart = leadId === null ? undefined : (firstContact ??= firstContactOf(leads)).get(leadId);
    const start = leadStart === undefined ? created : Math.min(leadStart, created);
    if (leadStart !== undefined) fromLead++;
    count++;
    // Whole milliseconds: the sum stays an exact integer far past any real pipeline.
    totalMs += (closedAt[row] ?? 0) - start;
  }
  return salesCycleOfTotal(count, fromLead, totalMs);
}

/**
 * {@link salesCycleFromFirstContact} of cycles already summed: `deals` won deals, `fromLead` of them
 * measured from their lead, `totalMs` their cycles in whole milliseconds (the RevOps report sums them
 * with the owners' figures when no deal has a lead).
 *
 * @example
 * salesCycleOfTotal(2, 0, 3 * 86_400_000) //=> { deals: 2, fromLead: 0, days: 1.5, months: 0.0493… }
 * @throws never
 */
export function salesCycleOfTotal(deals: number, fromLead: number, totalMs: number): SalesCycle {
  if (deals === 0) return { deals: 0, fromLead: 0, days: null, months: null };
  // Months from the exact total too (× 12 ÷ 365), so both figures are rounded once.
  const dayMs = BigInt(deals) * BigInt(MS_PER_DAY);
  return { deals, fromLead, days: ratio(totalMs, deals * MS_PER_DAY), months: ratio(BigInt(totalMs) * 12n, dayMs * 365n) };
}

// Each lead's first date by id, kept per leads array: every range reads the same leads.
const firstContacts = new WeakMap<readonly ValidLead[], Map<string, number>>();

function firstContactOf(leads: readonly ValidLead[]): Map<string, number> {
  let firstContact = firstContacts.get(leads);
  if (firstContact === undefined) {
    firstContact = new Map();
    for (const lead of leads) firstContact.set(lead.id, lead.reached.lead);
    firstContacts.set(leads, firstContact);
  }
  return firstContact;
}
