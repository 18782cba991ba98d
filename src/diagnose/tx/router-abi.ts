/**
 * The router functions `routerCall` reads (./router-calls.ts). V3's calls take one struct each; its fields are
 * declared once below, as the SwapRouter declares its `…Params` structs.
 */
const exactInputSingleParams = [
  { name: 'tokenIn', type: 'address' }, { name: 'tokenOut', type: 'address' }, { name: 'fee', type: 'uint24' },
  { name: 'recipient', type: 'address' }, { name: 'deadline', type: 'uint256' }, { name: 'amountIn', type: 'uint256' },
  { name: 'amountOutMinimum', type: 'uint256' }, { name: 'sqrtPriceLimitX96', type: 'uint160' },
] as const
const exactInputParams = [
  { name: 'path', type: 'bytes' }, { name: 'recipient', type: 'address' }, { name: 'deadline', type: 'uint256' },
  { name: 'amountIn', type: 'uint256' }, { name: 'amountOutMinimum', type: 'uint256' },
] as const
const exactOutputSingleParams = [
  { name: 'tokenIn', type: 'address' }, { name: 'tokenOut', type: 'address' }, { name: 'fee', type: 'uint24' },
  { name: 'recipient', type: 'address' }, { name: 'deadline', type: 'uint256' }, { name: 'amountOut', type: 'uint256' },
  { name: 'amountInMaximum', type: 'uint256' }, { name: 'sqrtPriceLimitX96', type: 'uint160' },
] as const
const exactOutputParams = [
  { name: 'path', type: 'bytes' }, { name: 'recipient', type: 'address' }, { name: 'deadline', type: 'uint256' },
  { name: 'amountOut', type: 'uint256' }, { name: 'amountInMaximum', type: 'uint256' },
] as const

export const routerAbi = [
  {
    type: 'function', name: 'swapExactTokensForTokens', stateMutability: 'nonpayable',
    inputs: [
      { name: 'amountIn', type: 'uint256' }, { name: 'amountOutMin', type: 'uint256' }, { name: 'path', type: 'address[]' },
      { name: 'to', type: 'address' }, { name: 'deadline', type: 'uint256' },
    ],
    outputs: [],
  },
  {
    type: 'function', name: 'swapTokensForExactTokens', stateMutability: 'nonpayable',
    inputs: [
      { name: 'amountOut', type: 'uint256' }, { name: 'amountInMax', type: 'uint256' }, { name: 'path', type: 'address[]' },
      { name: 'to', type: 'address' }, { name: 'deadline', type: 'uint256' },
    ],
    outputs: [],
  },
  {
    type: 'function', name: 'swapExactETHForTokens', stateMutability: 'nonpayable',
    inputs: [
      { name: 'amountOutMin', type: 'uint256' }, { name: 'path', type: 'address[]' }, { name: 'to', type: 'address' },
      { name: 'deadline', type: 'uint256' },
    ],
    outputs: [],
  },
  {
    type: 'function', name: 'swapTokensForExactETH', stateMutability: 'nonpayable',
    inputs: [
      { name: 'amountOut', type: 'uint256' }, { name: 'amountInMax', type: 'uint256' }, { name: 'path', type: 'address[]' },
      { name: 'to', type: 'address' }, { name: 'deadline', type: 'uint256' },
    ],
    outputs: [],
  },
  {
    type: 'function', name: 'swapExactTokensForETH', stateMutability: 'nonpayable',
    inputs: [
      { name: 'amountIn', type: 'uint256' }, { name: 'amountOutMin', type: 'uint256' }, { name: 'path', type: 'address[]' },
      { name: 'to', type: 'address' }, { name: 'deadline', type: 'uint256' },
    ],
    outputs: [],
  },
  {
    type: 'function', name: 'swapETHForExactTokens', stateMutability: 'nonpayable',
    inputs: [
      { name: 'amountOut', type: 'uint256' }, { name: 'path', type: 'address[]' }, { name: 'to', type: 'address' },
      { name: 'deadline', type: 'uint256' },
    ],
    outputs: [],
  },
  {
    type: 'function', name: 'swapExactTokensForTokensSupportingFeeOnTransferTokens', stateMutability: 'nonpayable',
    inputs: [
      { name: 'amountIn', type: 'uint256' }, { name: 'amountOutMin', type: 'uint256' }, { name: 'path', type: 'address[]' },
      { name: 'to', type: 'address' }, { name: 'deadline', type: 'uint256' },
    ],
    outputs: [],
  },
  {
    type: 'function', name: 'swapExactETHForTokensSupportingFeeOnTransferTokens', stateMutability: 'nonpayable',
    inputs: [
      { name: 'amountOutMin', type: 'uint256' }, { name: 'path', type: 'address[]' }, { name: 'to', type: 'address' },
      { name: 'deadline', type: 'uint256' },
    ],
    outputs: [],
  },
  {
    type: 'function', name: 'swapExactTokensForETHSupportingFeeOnTransferTokens', stateMutability: 'nonpayable',
    inputs: [
      { name: 'amountIn', type: 'uint256' }, { name: 'amountOutMin', type: 'uint256' }, { name: 'path', type: 'address[]' },
      { name: 'to', type: 'address' }, { name: 'deadline', type: 'uint256' },
    ],
    outputs: [],
  },
  {
    type: 'function', name: 'addLiquidity', stateMutability: 'nonpayable',
    inputs: [
      { name: 'tokenA', type: 'address' }, { name: 'tokenB', type: 'address' }, { name: 'amountADesired', type: 'uint256' },
      { name: 'amountBDesired', type: 'uint256' }, { name: 'amountAMin', type: 'uint256' }, { name: 'amountBMin', type: 'uint256' },
      { name: 'to', type: 'address' }, { name: 'deadline', type: 'uint256' },
    ],
    outputs: [],
  },
  {
    type: 'function', name: 'addLiquidityETH', stateMutability: 'nonpayable',
    inputs: [
      { name: 'token', type: 'address' }, { name: 'amountTokenDesired', type: 'uint256' }, { name: 'amountTokenMin', type: 'uint256' },
      { name: 'amountETHMin', type: 'uint256' }, { name: 'to', type: 'address' }, { name: 'deadline', type: 'uint256' },
    ],
    outputs: [],
  },
  {
    type: 'function', name: 'removeLiquidity', stateMutability: 'nonpayable',
    inputs: [
      { name: 'tokenA', type: 'address' }, { name: 'tokenB', type: 'address' }, { name: 'liquidity', type: 'uint256' },
      { name: 'amountAMin', type: 'uint256' }, { name: 'amountBMin', type: 'uint256' }, { name: 'to', type: 'address' },
      { name: 'deadline', type: 'uint256' },
    ],
    outputs: [],
  },
  {
    type: 'function', name: 'removeLiquidityETH', stateMutability: 'nonpayable',
    inputs: [
      { name: 'token', type: 'address' }, { name: 'liquidity', type: 'uint256' }, { name: 'amountTokenMin', type: 'uint256' },
      { name: 'amountETHMin', type: 'uint256' }, { name: 'to', type: 'address' }, { name: 'deadline', type: 'uint256' },
    ],
    outputs: [],
  },
  {
    type: 'function', name: 'exactInputSingle', stateMutability: 'nonpayable',
    inputs: [{ name: 'params', type: 'tuple', components: exactInputSingleParams }],
    outputs: [],
  },
  {
    type: 'function', name: 'exactInput', stateMutability: 'nonpayable',
    inputs: [{ name: 'params', type: 'tuple', components: exactInputParams }],
    outputs: [],
  },
  {
    type: 'function', name: 'exactOutputSingle', stateMutability: 'nonpayable',
    inputs: [{ name: 'params', type: 'tuple', components: exactOutputSingleParams }],
    outputs: [],
  },
  {
    type: 'function', name: 'exactOutput', stateMutability: 'nonpayable',
    inputs: [{ name: 'params', type: 'tuple', components: exactOutputParams }],
    outputs: [],
  },
  {
    type: 'function', name: 'multicall', stateMutability: 'nonpayable',
    inputs: [{ name: 'deadline', type: 'uint256' }, { name: 'data', type: 'bytes[]' }],
    outputs: [],
  },
  {
    type: 'function', name: 'execute', stateMutability: 'nonpayable',
    inputs: [{ name: 'commands', type: 'bytes' }, { name: 'inputs', type: 'bytes[]' }, { name: 'deadline', type: 'uint256' }],
    outputs: [],
  },
] as const
