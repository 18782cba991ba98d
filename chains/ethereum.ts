import { commonContracts, defineChainSpec, ether, oneInchV6, permit2Spender } from '../src/core/chain-spec.js'

export default defineChainSpec({
  id: 1,
  key: 'ethereum',
  name: 'Ethereum',
  aliases: ['eth', 'mainnet', 'ethereum mainnet', 'erc20', 'erc-20'],
  shortName: 'eth',
  nativeCurrency: ether,
  rpcUrls: ['https://ethereum-rpc.publicnode.com', 'https://eth.drpc.org', 'https://1rpc.io/eth', 'https://eth.llamarpc.com'],
  explorers: ['https://etherscan.io', 'https://eth.blockscout.com'],
  blockTimeSeconds: 12,
  logRange: 10_000,
  contracts: commonContracts,
  tokens: [
    { address: '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48', symbol: 'USDC', decimals: 6, kind: 'stablecoin' },
    { address: '0xdAC17F958D2ee523a2206206994597C13D831ec7', symbol: 'USDT', decimals: 6, kind: 'stablecoin' },
    { address: '0x6B175474E89094C44Da98b954EedeAC495271d0F', symbol: 'DAI', decimals: 18, kind: 'stablecoin' },
    { address: '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2', symbol: 'WETH', decimals: 18, kind: 'wrapped-native' },
  ],
  spenders: [
    permit2Spender(),
    oneInchV6,
    { address: '0x7a250d5630B4cF539739dF2C5dAcb4c659F2488D', label: 'Uniswap V2 Router', kind: 'dex' },
    { address: '0xE592427A0AEce92De3Edee1F18E0157C05861564', label: 'Uniswap V3 SwapRouter', kind: 'dex' },
    { address: '0x68b3465833fb72A70ecDF485E0e4C7bD8665Fc45', label: 'Uniswap SwapRouter02', kind: 'dex' },
    { address: '0x3fC91A3afd70395Cd496C647d5a6CC9D4B2b7FAD', label: 'Uniswap Universal Router', kind: 'dex' },
    { address: '0x1111111254EEB25477B68fb85Ed929f73A960582', label: '1inch Aggregation Router v5', kind: 'aggregator' },
    { address: '0xDef1C0ded9bec7F1a1670819833240f027b25EfF', label: '0x Exchange Proxy', kind: 'aggregator' },
    { address: '0xC92E8bdf79f0507f65a392b0ab4667716BFE0110', label: 'CoW Protocol Vault Relayer', kind: 'aggregator' },
    { address: '0x216B4B4Ba9F3e719726886d34a177484278Bfcae', label: 'ParaSwap Token Transfer Proxy', kind: 'aggregator' },
    { address: '0x1E0049783F008A0085193E00003D00cd54003c71', label: 'OpenSea Conduit', kind: 'nft-market' },
    { address: '0x00000000000000ADc04C56Bf30aC9d3c0aAF14dC', label: 'OpenSea Seaport 1.5', kind: 'nft-market' },
    { address: '0x000000000000Ad05Ccc4F10045630fb830B95127', label: 'Blur Marketplace', kind: 'nft-market' },
  ],
  denyList: [
    {
      address: '0x098B716B8Aaf21512996dC57EB0615e2383E2f96',
      label: 'Ronin Bridge exploiter (Lazarus Group)',
      source: 'Etherscan label "Ronin Bridge Exploiter"; OFAC SDN list, April 2022',
    },
    {
      address: '0x47666Fab8bd0Ac7003bce3f5C3585383F09486E2',
      label: 'Bybit exploiter',
      source: 'Etherscan label "Bybit Exploiter"; Bybit incident report, February 2025',
    },
  ],
})
