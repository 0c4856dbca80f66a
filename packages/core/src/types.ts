/**
 * The dataset and report shapes of the revkit report contract (v1.1).
 * Every field is documented where it is declared so editors show it.
 */

/** A month as `YYYY-MM`, e.g. `"2024-03"`. */
export type MonthString = string;

/** An exact decimal amount as handed in: a decimal string (`"49.90"`) or a number. */
export type DecimalInput = string | number;

/** A billing interval of a subscription. */
export type BillingInterval = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** One subscription (a priced, recurring line) of a customer. */
export interface Subscription {
  /** Unique among subscriptions. */
  id: string;
  /** The customer that pays for it; a customer's MRR sums its subscriptions. */
  customerId: string;
  /** ISO date or date-time; a date alone is 00:00 UTC, a date-time without offset is UTC. */
  start: string;
  /** The exclusive instant it stops; `null` or absent while ongoing; after `start`. */
  end?: string | null;
  /** Price per billing interval per unit, before discount, ≥ 0. */
  amount: DecimalInput;
  /** Billing interval. */
  interval: BillingInterval;
  /** Number of intervals billed at once (integer ≥ 1, default 1). */
  intervalCount?: number;
  /** Seats or units (≥ 0, default 1). */
  quantity?: DecimalInput;
  /** Discount as a fraction in [0, 1] (default 0). */
  discount?: DecimalInput;
  /** ISO 4217 code; default the dataset currency; needs an fx rate otherwise. */
  currency?: string;
}

/** The state of a deal in the pipeline. */
export type DealStatus = 'open' | 'won' | 'lost';

/** One sales deal. */
export interface Deal {
  /** Unique among deals. */
  id: string;
  /** When the deal was created (ISO date or date-time). */
  createdAt: string;
  /** When it was won or lost; `null` while open. */
  closedAt?: string | null;
  /** `open`, `won` or `lost`. */
  status: DealStatus;
  /** Deal value in the dataset currency, ≥ 0. */
  amount: DecimalInput;
  /** Pipeline stage name, e.g. `"Negotiation"`. */
  stage?: string | null;
  /** Sales owner (rep) of the deal. */
  owner?: string | null;
  /** The lead the deal came from: an `id` of `leads` (the sales cycle then starts at the lead's first date). */
  leadId?: string | null;
}

/** One stage of a conversion funnel, listed top to bottom. */
export interface FunnelStageInput {
  /** Stage name, e.g. `"Leads"`. */
  stage: string;
  /** How many reached the stage (integer ≥ 0). */
  count: number;
}

/** The kind of a survey response and its scale. */
export type SurveyType = 'csat' | 'nps' | 'ces';

/** One survey answer: csat 1–5, nps 0–10, ces 1–7. */
export interface SurveyResponse {
  /** `csat` (1–5), `nps` (0–10) or `ces` (1–7). */
  type: SurveyType;
  /** Integer score on the type's scale. */
  score: number;
  /** When it was answered (ISO date or date-time). */
  at: string;
}

/**
 * What a cost is spent on. `marketing`, `sales`, `service` and `operations`
 * are operating costs; `exceptional` and `financing` are kept apart because
 * the operating result (the "close to EBITDA" view) leaves them out.
 */
export type CostCategory = 'marketing' | 'sales' | 'service' | 'operations' | 'exceptional' | 'financing';

/** One cost line of a month: salaries, tools, rent, ads… (optional `costs` section). */
export interface CostEntry {
  /** The month the cost belongs to, `YYYY-MM`. */
  month: MonthString;
  /** What it is spent on. */
  category: CostCategory;
  /** Amount in the reporting currency, ≥ 0. */
  amount: DecimalInput;
  /** The sales owner it is attributable to (a rep's salary, tools), for rep yield. */
  owner?: string | null;
  /** Free label, e.g. `"salaries"`, `"ads"`. */
  label?: string | null;
}

/** The stages a lead goes through, in funnel order. */
export type LeadStage = 'lead' | 'mql' | 'sql' | 'opportunity' | 'customer';

/** One lead and the date it reached each stage (optional `leads` section). */
export interface LeadRecord {
  /** Unique among leads. */
  id: string;
  /** When it reached each stage (ISO date or date-time); `lead` is required, later stages in funnel order. */
  reached: Partial<Record<LeadStage, string | null>>;
  /** Acquisition channel, e.g. `"webinar"`. */
  source?: string | null;
  /** Sales owner it is assigned to. */
  owner?: string | null;
}

/** Kinds of sales activity. */
export type ActivityType = 'call' | 'demo' | 'email' | 'meeting';

/** Sales activity of one owner on one day (optional `activities` section). */
export interface ActivityRecord {
  /** The day, ISO date. */
  date: string;
  /** Sales owner (rep). */
  owner: string;
  /** `call`, `demo`, `email` or `meeting`. */
  type: ActivityType;
  /** How many that day (integer ≥ 0, default 1). */
  count?: number;
}

/** Product usage of one customer on one day (optional `usage` section). */
export interface UsageRecord {
  /** The customer, as in subscriptions. */
  customerId: string;
  /** The day, ISO date. */
  date: string;
  /** Event name, e.g. `"report_exported"`. */
  event: string;
  /** How many times (integer ≥ 0, default 1). */
  count?: number;
}

/** One employee answer to "would you recommend us as an employer?" on 0–10 (optional `employeeSurveys`). */
export interface EmployeeSurveyResponse {
  /** Integer score, 0–10. */
  score: number;
  /** When it was answered (ISO date or date-time). */
  at: string;
}

/** The dataset a user hands in (contract section 1). */
export interface Dataset {
  /** ISO 4217 reporting currency, e.g. `"EUR"`. */
  currency: string;
  /** Rates into the reporting currency: `{ USD: "0.92" }` means 1 USD = 0.92 of it. */
  fxRates?: Record<string, DecimalInput>;
  /** Recurring revenue lines. */
  subscriptions?: Subscription[];
  /** Sales pipeline. */
  deals?: Deal[];
  /** Funnel stage counts, top to bottom. */
  funnel?: FunnelStageInput[];
  /** CSAT, NPS and CES responses. */
  surveys?: SurveyResponse[];
  /** Monthly costs by category (RevOps report; not in contract v1). */
  costs?: CostEntry[];
  /** Leads and the dates they reached each stage (RevOps report). */
  leads?: LeadRecord[];
  /** Calls, demos, emails per owner and day (RevOps report). */
  activities?: ActivityRecord[];
  /** Product usage events per customer and day (RevOps report). */
  usage?: UsageRecord[];
  /** eNPS answers of employees (RevOps report). */
  employeeSurveys?: EmployeeSurveyResponse[];
}

/** The five MRR movements of a month (contract section 3). */
export type MrrMovement = 'new' | 'expansion' | 'reactivation' | 'contraction' | 'churn';

/** The inclusive month range of a report. */
export interface MonthRangeOptions {
  /** First month, `YYYY-MM`; defaults to the data's first month. */
  from?: MonthString;
  /** Last month, `YYYY-MM`; defaults to the data's last month. */
  to?: MonthString;
}

/**
 * The MRR bridge a report carries over its range: MRR before it, the five
 * movements over it, MRR at its end, each rounded to the cent from the exact
 * sums. Start and end are rounded once (half away from zero) and the
 * movements are apportioned to whole cents (largest remainder), so
 * startMrr + new + expansion + reactivation + contraction + churn = endMrr
 * to the cent, with no rounding step; each movement is within a cent of its
 * exact sum and keeps its sign.
 */
export interface ReportMrrBridge {
  /** First month of the range. */
  from: MonthString;
  /** Last month of the range. */
  to: MonthString;
  /** MRR at the end of the month before `from`. */
  startMrr: number;
  /** New MRR over the range (≥ 0). */
  new: number;
  /** Expansion MRR over the range (≥ 0). */
  expansion: number;
  /** Reactivation MRR over the range (≥ 0). */
  reactivation: number;
  /** Contraction MRR over the range (≤ 0). */
  contraction: number;
  /** Churned MRR over the range (≤ 0). */
  churn: number;
  /**
   * endMrr − startMrr, in cents: the sum of the five movements. Over one
   * month it can differ by a cent from the row's `netNew`, which rounds the
   * exact difference on its own.
   */
  netNew: number;
  /** MRR at the end of `to`. */
  endMrr: number;
  /** (MRR at the end of `to` − MRR before `from`) ÷ MRR before `from`, from the exact MRR; `null` when it is 0. */
  growthRate: number | null;
  /**
   * The exact figures the bridge is computed from, month by month, so the
   * bridge of any range inside it is exact too: `mrrBridge(rows, { from,
   * to, reportBridge })` and the charts' `bridge` prop read them. Always
   * there in a report's bridge (`buildReport`, `@revkit/sql`, the CLI's
   * JSON); absent from a bridge made by hand or by an older version (which
   * then covers only its own range) and from `mrrBridge`'s bridge of a range
   * inside the report.
   */
  exact?: ReportMrrBridgeExact;
}

/**
 * A bridge's exact monthly figures: integer numerators over one common
 * denominator (reduced to lowest terms, so every engine writes the same
 * figures), each as a decimal string, since JSON has no integers of any
 * size. A money figure is its numerator ÷ `denominator`.
 */
export interface ReportMrrBridgeExact {
  /** The common denominator, a positive integer. */
  denominator: string;
  /** Numerator of the MRR at the end of the month before the first month. */
  startMrr: string;
  /** Each month of the bridge's range, oldest first. */
  months: ReportMrrBridgeMonth[];
}

/** One month of {@link ReportMrrBridgeExact}: numerators of its MRR and its movements. */
export interface ReportMrrBridgeMonth {
  /** The month, `YYYY-MM`. */
  month: MonthString;
  /** MRR at the end of the month. */
  mrr: string;
  /** New MRR (≥ 0). */
  new: string;
  /** Expansion MRR (≥ 0). */
  expansion: string;
  /** Reactivation MRR (≥ 0). */
  reactivation: string;
  /** Contraction MRR (≤ 0). */
  contraction: string;
  /** Churned MRR (≤ 0): the five add up to the change in MRR. */
  churn: string;
}

/** One month of the MRR report (contract section 3). Money is rounded to cents. */
export interface MrrRow {
  /** The month, `YYYY-MM`. */
  month: MonthString;
  /** MRR at the end of the month. */
  mrr: number;
  /** 12 × MRR. */
  arr: number;
  /** Customers with MRR > 0 at the end of the month. */
  customers: number;
  /** MRR ÷ customers; `null` without customers. */
  arpa: number | null;
  /** MRR of customers that never had MRR before (≥ 0). */
  new: number;
  /** Growth of existing customers' MRR (≥ 0). */
  expansion: number;
  /** MRR of returning customers (≥ 0). */
  reactivation: number;
  /** Decrease of remaining customers' MRR (≤ 0). */
  contraction: number;
  /** MRR lost with customers that left (≤ 0). */
  churn: number;
  /** Sum of all movements = MRR − previous MRR. */
  netNew: number;
  /** Customers whose movement is new. */
  newCustomers: number;
  /** Customers whose movement is reactivation. */
  reactivatedCustomers: number;
  /** Customers whose movement is churn. */
  churnedCustomers: number;
  /** churnedCustomers ÷ previous customers. */
  customerChurnRate: number | null;
  /** −(contraction + churn) ÷ previous MRR. */
  grossMrrChurnRate: number | null;
  /** −(contraction + churn + expansion) ÷ previous MRR. */
  netMrrChurnRate: number | null;
  /** Net revenue retention: (prev + expansion + contraction + churn) ÷ prev. */
  nrr: number | null;
  /** Gross revenue retention: (prev + contraction + churn) ÷ prev. */
  grr: number | null;
  /** (new + expansion + reactivation) ÷ −(contraction + churn). */
  quickRatio: number | null;
  /** (MRR − previous MRR) ÷ previous MRR. */
  mrrGrowthRate: number | null;
}

/** One acquisition cohort: the customers that were new in the same month. */
export interface CohortRow {
  /** The month the customers were new, `YYYY-MM`. */
  cohort: MonthString;
  /** Number of customers in the cohort. */
  customers: number;
  /** The cohort's MRR at the end of its first month. */
  mrr: number;
  /** Share of the cohort with MRR > 0, k months after the cohort month; starts at 1. */
  logoRetention: number[];
  /** The cohort's MRR k months later ÷ its first-month MRR; starts at 1. */
  revenueRetention: number[];
  /**
   * Cohort customers with MRR > 0 k months after the cohort month, exact
   * counts from the ledger (the numerators of `logoRetention`); index 0 is
   * `customers`.
   */
  retainedCustomers: number[];
  /**
   * The cohort's MRR k months after the cohort month, rounded once to the
   * cent from the ledger's exact sum (the numerators of `revenueRetention`);
   * index 0 is `mrr`.
   */
  retainedMrr: number[];
}

/** Sales figures over deals closed in the range, and the pipeline open at its end. */
export interface SalesSummary {
  /** Deals won in the range. */
  wonDeals: number;
  /** Deals lost in the range. */
  lostDeals: number;
  /** won ÷ (won + lost). */
  winRate: number | null;
  /** Mean amount of won deals. */
  averageDealSize: number | null;
  /** Mean days from creation to close over won deals. */
  averageSalesCycleDays: number | null;
  /** Deals open at the end of the range: created before B(to) and not closed by then. */
  openDeals: number;
  /** Sum of the amounts of the deals open at the end of the range. */
  openPipeline: number;
  /** openDeals × averageDealSize × winRate ÷ averageSalesCycleDays (money per day). */
  pipelineVelocity: number | null;
}

/** One funnel stage with its conversions. */
export interface FunnelStage {
  /** Stage name. */
  stage: string;
  /** How many reached the stage. */
  count: number;
  /** count ÷ previous stage's count; `null` for the first stage. */
  stepConversion: number | null;
  /** count ÷ first stage's count. */
  overallConversion: number | null;
}

/** Survey results over responses in the range. */
export interface SatisfactionSummary {
  /** Share of CSAT responses scoring 4 or 5. */
  csat: number | null;
  /** Net promoter score, −100 to 100. */
  nps: number | null;
  /** Mean customer effort score (1–7). */
  ces: number | null;
  /** Number of CSAT responses. */
  csatResponses: number;
  /** Number of NPS responses. */
  npsResponses: number;
  /** Number of CES responses. */
  cesResponses: number;
}

/** The report (contract section 3). */
export interface Report {
  /** Reporting currency. */
  currency: string;
  /** First month. */
  from: MonthString;
  /** Last month. */
  to: MonthString;
  /** One row per month from..to. */
  mrr: MrrRow[];
  /**
   * The MRR bridge over from..to, from the exact sums (an addition to the
   * contract): start + movements = end to the cent, with no rounding step.
   */
  mrrBridge: ReportMrrBridge;
  /** Acquisition cohorts of the range, oldest first. */
  cohorts: CohortRow[];
  /** Deals closed in the range and the pipeline open at its end. */
  sales: SalesSummary;
  /** Funnel stages in input order. */
  funnel: FunnelStage[];
  /** Surveys answered in the range. */
  satisfaction: SatisfactionSummary;
}

/** The RevOps report's marketing figures; `null` figures lack their inputs. */
export interface RevOpsMarketing {
  /** Sales + marketing costs of the range (`null` without `costs`). */
  acquisitionSpend: number | null;
  /** New customers of the range (contract definition). */
  newCustomers: number;
  /** Blended CAC over the range. */
  customerAcquisitionCost: number | null;
  /** CAC month by month (empty without `costs`). */
  cacByMonth: { month: MonthString; spend: number; newCustomers: number; customerAcquisitionCost: number | null }[];
  /** Months of margin to earn back the CAC. */
  cacPaybackMonths: number | null;
  /** Leads created in the range (`null` without `leads`). */
  leads: number | null;
  /** Marketing costs ÷ leads. */
  costPerLead: number | null;
  /** Leads of the range by source, with how many became customers (empty without `leads`). */
  leadSources: { source: string; leads: number; customers: number; conversion: number | null }[];
}

/** One sales owner's figures over the range; `null` figures lack their inputs. */
export interface RevOpsOwner {
  owner: string;
  wonDeals: number;
  lostDeals: number;
  winRate: number | null;
  averageSalesCycleDays: number | null;
  /** Value of the deals the owner won in the range. */
  bookings: number;
  /** Cost lines carrying the owner (salary, tools…); `null` without `costs`. */
  repCosts: number | null;
  repYield: number | null;
  /** bookings ÷ repCosts: the seeds expect 2 to 3 (×); `null` without costs or at zero cost. */
  yieldMultiple: number | null;
  /** Leads assigned to the owner and created in the range. */
  leads: number | null;
  demos: number | null;
  demoConversion: number | null;
  dealConversion: number | null;
  calls: number | null;
  /** Days with any logged activity. */
  activeDays: number | null;
  callsPerDay: number | null;
}

/** One month of `bookingsForecastByMonth`: what was signed, and what was forecast for it at the end of the month before. */
export interface BookingsForecastMonth {
  /** The month, `YYYY-MM`. */
  month: MonthString;
  /** Bookings won in the month (rounded to cents); `null` for the month after the range (not known yet). */
  actual: number | null;
  /** Weighted pipeline at the end of the month before × min(1, days of the month ÷ average sales cycle). */
  stageWeighted: number | null;
  /** Trend-and-seasonality projection of the monthly bookings up to the month before. */
  trend: number | null;
  /** Weighted mean of the estimates (with the committed figure in the month after the range only). */
  combined: number | null;
}

/** One stage of the pipeline open at the end of a report's range (`sales.forecast.pipelineByStage`). */
export interface OpenPipelineStage {
  /** The stage; `''` for open deals without one. */
  stage: string;
  /** Deals open at that stage. */
  openDeals: number;
  /** Sum of their amounts. */
  amount: number;
  /** The stage's win probability learned from the deals closed by then (the overall win rate for a stage without history); `null` without any. */
  probability: number | null;
  /** amount × probability, rounded once; `null` without a probability. */
  weighted: number | null;
}

/** The RevOps report's sales figures. */
export interface RevOpsSales {
  /** Won deals closed in the range: count and value. */
  bookings: { count: number; value: number };
  /** Every deal won since the first deal, up to the end of the range. */
  cumulativeBookings: { count: number; value: number };
  /**
   * The seeds' sales cycle over deals won in the range: from the first interaction (the linked lead's first
   * date, else the deal's creation) to the signature, in days and in months of 365/12 days.
   */
  salesCycle: { deals: number; fromLead: number; days: number | null; months: number | null };
  /** Deals created in the range, or leads reaching the opportunity stage without deals. */
  opportunitiesCreated: number | null;
  opportunityCost: number | null;
  owners: RevOpsOwner[];
  stageConversion: { from: string; to: string; entered: number; converted: number; conversion: number | null }[] | null;
  timeInStage: { stage: string; leads: number; averageDays: number | null }[] | null;
  /** Pipeline forecast; `null` without deals. */
  forecast: {
    stageProbabilities: { stage: string; closedDeals: number; wonDeals: number; probability: number | null }[];
    /** The pipeline open at the end of the range by stage: raw and weighted by the learned probability (`null` without one). */
    pipelineByStage: OpenPipelineStage[];
    /** Every deal open at the end of the range: count and amount (the sum of `pipelineByStage`, exact until rounded). */
    openPipeline: { openDeals: number; amount: number };
    weightedPipeline: number | null;
    /**
     * Bookings of the month after `to`, three ways and combined. `stageWeighted` =
     * weighted pipeline × min(1, days of that month ÷ average sales cycle): never more than the pipeline.
     */
    nextMonthBookings: { month: MonthString; stageWeighted: number | null; trend: number | null; committed: number | null; combined: number | null };
    /**
     * Bookings won in each month of the range against the forecasts made for it at the end of the month
     * before (point in time), then the month after the range (`actual` null; its forecasts are `nextMonthBookings`).
     */
    bookingsByMonth: BookingsForecastMonth[];
    /** MAPE of each forecast over the range's months (lower is better); `null` when no month has a forecast and bookings. */
    backtestError: { stageWeighted: number | null; trend: number | null; combined: number | null };
  } | null;
}

/** The RevOps report's customer success figures. */
export interface RevOpsCustomerSuccess {
  months: {
    month: MonthString;
    logoChurnRate: number | null;
    /** 1 − logo churn rate. */
    retentionRate: number | null;
    /** New customers ÷ customers at the end of the previous month, to compare with the churn rate. */
    acquisitionRate: number | null;
    revenueChurnRate: number | null;
    upgrades: number;
    renewals: number;
  }[];
  renewals: number;
  upgrades: number;
  /** `null` without `usage`. */
  engagement: { customers: number; averageScore: number | null; churnCorrelation: number | null } | null;
  /** `null` without `employeeSurveys`. */
  enps: { score: number | null; responses: number } | null;
}

/** The RevOps report's finance figures. */
export interface RevOpsFinance {
  months: {
    month: MonthString;
    mrr: number;
    mrrGrowthRate: number | null;
    yearOverYearGrowth: number | null;
    /** Operating costs of the month = its gross burn; `null` without `costs`. */
    operatingCosts: number | null;
    operatingResult: number | null;
    /** Operating costs − MRR of the month; `null` without `costs`. */
    netBurn: number | null;
  }[];
  compoundMonthlyGrowthRate: number | null;
  /** Gross margin used by the CLV figures (the option, default 1). */
  grossMargin: number;
  customerLifetimeValue: number | null;
  historicalCustomerLifetimeValue: number | null;
  purchaseFrequencyLifetimeValue: number | null;
  clvToCacRatio: number | null;
  /** Operating costs of the range (exceptional and financing left out); `null` without `costs`. */
  grossBurn: number | null;
  /** Gross burn − recurring revenue over the range; `null` without `costs`. */
  netBurn: number | null;
  /** Net burn ÷ net new ARR of the range. */
  burnMultiple: number | null;
  /** NRR and GRR over the range (customers paying at its start), and over the 12 months ending at `to` (the 110 % line). */
  revenueRetention: {
    range: { nrr: number | null; grr: number | null };
    trailing12Months: { from: MonthString; to: MonthString; nrr: number | null; grr: number | null };
  };
  /** ARPA over the range, and by calendar quarter and semester (clipped to the range): revenue ÷ average accounts. */
  arpa: {
    range: number | null;
    quarters: { period: string; from: MonthString; to: MonthString; arpa: number | null }[];
    semesters: { period: string; from: MonthString; to: MonthString; arpa: number | null }[];
  };
  /** Trend-and-seasonality projection of MRR after `to`. */
  mrrProjection: { month: MonthString; mrr: number }[] | null;
  /**
   * MRR of each month of the range against its one-month-ahead trend forecast made at the end of the month before
   * (`null` with less than two months of history), then the projection's months (`actual` null).
   * Their error is `forecastAccuracy`.
   */
  mrrForecastByMonth: { month: MonthString; actual: number | null; trend: number | null }[];
  /** MAPE of one-month-ahead projections backtested over the range. */
  forecastAccuracy: number | null;
}

/**
 * The RevOps report, grouped by team: every metric of the catalog beyond the
 * contract whose inputs the dataset has. A team whose inputs are all absent
 * is `null`; no figure is ever NaN.
 */
export interface RevOpsReport {
  currency: string;
  from: MonthString;
  to: MonthString;
  /** `null` without `costs` and `leads`. */
  marketing: RevOpsMarketing | null;
  /** `null` without deals, `leads` and `activities`. */
  sales: RevOpsSales | null;
  customerSuccess: RevOpsCustomerSuccess;
  finance: RevOpsFinance;
}
