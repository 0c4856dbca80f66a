// Light (no decimal.js): shared by the display layer.

/**
 * An amount already rounded to the cent, as integer cents. Such amounts are
 * k ÷ 100 up to float noise, so rounding after × 100 recovers k exactly; sums
 * of integer cents then stay exact where sums of amounts would drift.
 */
export const toCents = (amount: number): number => Math.round(amount * 100);

/** Integer cents back to an amount, never `-0`. */
export const fromCents = (cents: number): number => (cents === 0 ? 0 : cents / 100);
