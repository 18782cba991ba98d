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
