import type { DealStatus } from '@revkit/core';
import { itemAt } from '@revkit/core';
import { formatCents } from '../money/index.js';
import { TIER_TERMS, type Tier } from '../priceList/index.js';
import { geometric, integerBetween, logUniformInteger, pickUniform, pickWeighted, type Random } from '../random/index.js';

/** Sales reps that own deals. */
export const DEAL_OWNERS: readonly string[] = ['alice', 'bob', 'carmen', 'deepak', 'emma', 'farid', 'grace', 'hiro'];

/** Stages an open deal moves through, in order. */
export const OPEN_STAGES: readonly string[] = ['Discovery', 'Demo', 'Proposal', 'Negotiation'];

/** Stage names of closed deals. */
export const CLOSED_STAGES: Readonly<Record<Exclude<DealStatus, 'open'>, string>> = { won: 'Closed Won', lost: 'Closed Lost' };

/** Sales cycles are drawn log-uniformly from this many days. */
export const SALES_CYCLE_DAYS: readonly [number, number] = [7, 150];

/** A deal as day numbers, before its dates are formatted. */
export interface DealDraft {
  status: DealStatus;
  createdDay: number;
  /** `null` while open. */
  closedDay: number | null;
  /** Deal value in cents of the reporting currency. */
  amountCents: number;
  stage: string;
  owner: string;
}

/**
 * First-year contract value in cents of the reporting currency: list price
 * per seat × seats × 12 after discount, rounded to the cent.
 *
 * @example
 * annualContractCents('business', 10, 15) //=> 8058000 (7 900 × 10 × 12 × 0.85)
 * @throws never
 */
export function annualContractCents(tier: Tier, seats: number, discountPercent: number): number {
  return Math.round((TIER_TERMS[tier].monthlySeatCents.EUR * seats * 12 * (100 - discountPercent)) / 100);
}

/**
 * The won deal behind a sales-led signup: it closes the day the customer
 * starts paying, after a sales cycle that began no earlier than `firstDay`.
 *
 * @example
 * wonDeal(random, { closeDay: 19800, firstDay: 19700, amountCents: 8058000 })
 * //=> { status: 'won', createdDay: 19741, closedDay: 19800, amountCents: 8058000, stage: 'Closed Won', owner: 'emma' }
 * @throws never
 */
export function wonDeal(random: Random, deal: { closeDay: number; firstDay: number; amountCents: number }): DealDraft {
  const cycle = logUniformInteger(random, SALES_CYCLE_DAYS[0], SALES_CYCLE_DAYS[1]);
  return {
    status: 'won',
    createdDay: Math.max(deal.firstDay, deal.closeDay - cycle),
    closedDay: deal.closeDay,
    amountCents: deal.amountCents,
    stage: CLOSED_STAGES.won,
    owner: pickUniform(random, DEAL_OWNERS),
  };
}

/**
 * Deals that did not (or not yet) turn into customers: created any day of
 * the data, lost after their sales cycle, or still open with a stage that
 * matches how far the cycle has run when the data ends.
 *
 * @param window days [firstDay, endDay) the data covers
 * @example
 * prospectDeals(random, { firstDay: 19700, endDay: 20800 }) //=> [{ status: 'lost', … }, { status: 'open', closedDay: null, stage: 'Demo', … }]
 * @throws never
 */
export function prospectDeals(random: Random, window: { firstDay: number; endDay: number }): DealDraft[] {
  // About 1.2 prospects per sales-led customer: a win rate near 45 %.
  const count = geometric(random, 0.45);
  const drafts: DealDraft[] = [];
  for (let k = 0; k < count; k++) {
    const createdDay = integerBetween(random, window.firstDay, window.endDay - 1);
    const cycle = logUniformInteger(random, SALES_CYCLE_DAYS[0], SALES_CYCLE_DAYS[1]);
    const tier = pickWeighted(random, [['business', 3], ['enterprise', 1]] as const);
    const seats = logUniformInteger(random, TIER_TERMS[tier].seats[0], TIER_TERMS[tier].seats[1]);
    const amountCents = annualContractCents(tier, seats, 0);
    const owner = pickUniform(random, DEAL_OWNERS);
    const closeDay = createdDay + cycle;
    if (closeDay < window.endDay) {
      drafts.push({ status: 'lost', createdDay, closedDay: closeDay, amountCents, stage: CLOSED_STAGES.lost, owner });
    } else {
      const progress = (window.endDay - createdDay) / cycle;
      const stage = itemAt(OPEN_STAGES, Math.min(OPEN_STAGES.length - 1, Math.floor(progress * OPEN_STAGES.length)), 'prospectDeals');
      drafts.push({ status: 'open', createdDay, closedDay: null, amountCents, stage, owner });
    }
  }
  return drafts;
}

/**
 * Formats a deal draft as a dataset deal.
 *
 * @param date formats a day number as `YYYY-MM-DD`
 * @example
 * dealRecord('deal_1', draft, formatDay) //=> { id: 'deal_1', createdAt: '2024-01-03', closedAt: '2024-02-20', status: 'won', amount: '80580.00', stage: 'Closed Won', owner: 'emma' }
 * @throws {RangeError} from `date` when a day is outside its range
 */
export function dealRecord(
  id: string,
  draft: DealDraft,
  date: (day: number) => string,
): { id: string; createdAt: string; closedAt: string | null; status: DealStatus; amount: string; stage: string; owner: string } {
  return {
    id,
    createdAt: date(draft.createdDay),
    closedAt: draft.closedDay === null ? null : date(draft.closedDay),
    status: draft.status,
    amount: formatCents(draft.amountCents),
    stage: draft.stage,
    owner: draft.owner,
  };
}
