import type { TronSpec } from '../src/core/tron-spec.js'

/**
 * TRON mainnet through a full node's HTTP API. TronGrid is TRON's own public gateway (keyless at a low rate);
 * PublicNode serves the same `/wallet` and `/walletsolidity` routes. `TXDOCTOR_RPC_TRON` replaces both.
 */
const tron: TronSpec = {
  family: 'tron',
  id: 728126428,
  key: 'tron',
  name: 'TRON',
  aliases: ['trx', 'tron-mainnet', 'trc20', 'trc-20'],
  nativeCurrency: { name: 'TRX', symbol: 'TRX', decimals: 6 },
  rpcUrls: ['https://api.trongrid.io', 'https://tron-rpc.publicnode.com'],
  explorers: ['https://tronscan.org'],
  blockTimeSeconds: 3,
  solidifyBlocks: 19,
  tokens: [
    // Tether's TRC-20 USDT (tether.to lists this contract); its hex form is 41a614f803b6fd780986a42c78ec9c7f77e6ded13c.
    { address: 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', symbol: 'USDT', decimals: 6 },
    // Circle's USDC on TRON (circle.com lists this contract; Circle stopped minting it in 2024).
    { address: 'TEkxiTehnzSmSe2XqrBj4w32RUN966rdz8', symbol: 'USDC', decimals: 6 },
  ],
  usdtTransferEnergy: { toHolder: 65_000, toNewHolder: 130_000 },
}

export default tron
