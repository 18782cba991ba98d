/**
 * TRON as txdoctor knows it: a second chain family, read through a full node's HTTP API (`/wallet/…`), not
 * JSON-RPC. Data only, in `chains/tron.ts`. Addresses are written as TRON writes them (base58check, `T…`).
 */
export type TronSpec = {
  family: 'tron'
  /** The id TRON's own EVM-compatible JSON-RPC reports (0x2b6653dc): how answers and `meta` name the network. */
  id: number
  key: 'tron'
  name: string
  /** Other names people type for it (lowercase). */
  aliases: string[]
  nativeCurrency: { name: 'TRX'; symbol: 'TRX'; decimals: 6 }
  /** Public keyless full-node HTTP endpoints, best first. Replaced by `TXDOCTOR_RPC_TRON`. */
  rpcUrls: string[]
  /** Tronscan routes in the fragment: `${explorer}/#/transaction/<id>`. */
  explorers: string[]
  blockTimeSeconds: number
  /**
   * Blocks until a block is solidified (irreversible): confirmed by 2/3 of the 27 super representatives, 19 blocks.
   * A transaction in a newer block is recorded but could still be undone by a fork.
   */
  solidifyBlocks: number
  /** Tokens whose symbol and decimals need no call, USDT first (most asked about). */
  tokens: TronTokenSpec[]
  /**
   * What a USDT `transfer` costs in energy, from imToken's guide: about 65,000 to an address that already holds
   * USDT, about 130,000 to one that never did (a new storage slot). Used when the node's own price of energy is
   * known, to say what the send needs in TRX.
   */
  usdtTransferEnergy: { toHolder: number; toNewHolder: number }
}

export type TronTokenSpec = { address: string; symbol: string; decimals: number }
