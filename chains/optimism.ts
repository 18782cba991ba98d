import { commonContracts, defineChainSpec, ether, oneInchV6, opStackWeth, permit2Spender } from '../src/core/chain-spec.js'

export default defineChainSpec({
  id: 10,
  key: 'optimism',
  name: 'OP Mainnet',
  aliases: ['op', 'optimism', 'oeth', 'op mainnet'],
  shortName: 'oeth',
  nativeCurrency: ether,
  rpcUrls: ['https://mainnet.optimism.io', 'https://optimism-rpc.publicnode.com', 'https://optimism.drpc.org'],
  explorers: ['https://optimistic.etherscan.io'],
  blockTimeSeconds: 2,
  logRange: 10_000,
  contracts: commonContracts,
  tokens: [
    { address: '0x0b2C639c533813f4Aa9D7837CAf62653d097Ff85', symbol: 'USDC', decimals: 6, kind: 'stablecoin' },
    { address: '0x94b008aA00579c1307B0EF2c499aD98a8ce58e58', symbol: 'USDT', decimals: 6, kind: 'stablecoin' },
    opStackWeth,
  ],
  spenders: [
    permit2Spender(),
    oneInchV6,
    { address: '0xE592427A0AEce92De3Edee1F18E0157C05861564', label: 'Uniswap V3 SwapRouter', kind: 'dex' },
    { address: '0x68b3465833fb72A70ecDF485E0e4C7bD8665Fc45', label: 'Uniswap SwapRouter02', kind: 'dex' },
    { address: '0xa062aE8A9c5e11aaA026fc2670B0D65cCc8B2858', label: 'Velodrome Router', kind: 'dex' },
  ],
  denyList: [],
})
