/**
 * Every number that encodes a judgment in the transaction checks, with its reason. Change them here only.
 */
export const thresholds = {
  /** geth's default txpool.pricebump: a replacement must raise both fee cap and tip by at least 10 %. */
  replacementBumpPercent: 10n,
  /** A replacement's fee cap leaves room for two blocks of maximal (12.5 %) base-fee growth and more: 2 × base + tip. */
  replacementBaseFeeMultiplier: 2n,
  /** A tip below half the median tip of recent blocks is "well below": builders fill blocks with the rest first. */
  tipTooLowRatio: { numerator: 1n, denominator: 2n },
  /** Recent blocks whose tips set the "typical" priority fee (eth_feeHistory). */
  feeHistoryBlocks: 10,
  /** A failed transaction whose gas use reached this share of its limit ran out of gas. */
  outOfGasUsedShare: { numerator: 99n, denominator: 100n },
  /** Gas-limit advice after running out: half as much again as the limit that was not enough. */
  outOfGasSuggestedMultiplier: { numerator: 3n, denominator: 2n },
  /** A transfer of at most 1/10 000 of a token (or of the native coin) is dust: worth nothing, sent to be seen. */
  dustDivisor: 10_000n,
  /** Lookalike addresses share this many leading and trailing hex characters: what wallets show when they shorten. */
  lookalikeChars: 4,
  /** The replacing transaction is searched for in at most this many blocks, by bisection. */
  replacementSearchBlocks: 1_000_000n,
} as const
