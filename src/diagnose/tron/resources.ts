import type { TronAccountResource } from '../../rpc/tron-replies.js'

/*
 * An account's bandwidth and energy as `getaccountresource` gives them: limits, and what was used (which
 * regenerates over 24 hours, so "used" as the node reports it is an upper bound of what is used now).
 */

/** Energy it can spend now without burning TRX: staked or rented. */
export const energyAvailable = (r: TronAccountResource): number => Math.max(0, (r.EnergyLimit ?? 0) - (r.EnergyUsed ?? 0))

/** Bandwidth it can spend now without burning TRX: the daily free allowance plus staked. */
export const bandwidthAvailable = (r: TronAccountResource): number =>
  Math.max(0, (r.freeNetLimit ?? 0) - (r.freeNetUsed ?? 0)) + Math.max(0, (r.NetLimit ?? 0) - (r.NetUsed ?? 0))
