/** Networks whose addresses people paste into EVM wallets by mistake. */
export type NonEvmNetwork =
  | 'tron'
  | 'bitcoin'
  | 'bitcoin-testnet'
  | 'litecoin'
  | 'dogecoin'
  | 'solana'
  | 'xrp'
  | 'cosmos'
  | 'ton'

export type NonEvmAddress = {
  network: NonEvmNetwork
  /** For Cosmos-family addresses, the bech32 prefix that names the chain (`osmo`, `cosmos`, …). */
  prefix?: string
  address: string
}

/** Networks whose transaction ids txdoctor recognises, so it can say where to look them up. */
export type NonEvmTxNetwork = Extract<NonEvmNetwork, 'solana' | 'bitcoin' | 'bitcoin-testnet' | 'tron'>

export type NonEvmTransaction = {
  network: NonEvmTxNetwork
  /** The transaction's id as that network writes it: a Solana signature (base58), a Bitcoin or TRON id (hex). */
  id: string
  /** The explorer whose link it came in (from txdoctor's own list of explorers, never the pasted host). */
  explorerName?: string
}
