/** A chain named in a finding: enough to print it without the registry. */
export type ChainRef = { id: number; name: string }

/** Amounts stay bigint (wei, sun, token base units) until the edge; the catalog formats them. */
export type NativeAmount = { value: bigint; symbol: string; decimals: number }
