import { decodeFunctionData, getAddress, type Address, type Hex } from 'viem'
import { routerAbi } from './router-abi.js'

/**
 * The swap and liquidity calls of the routers most users go through — Uniswap V2's router and its clones
 * (SushiSwap, PancakeSwap), Uniswap V3's SwapRouter, SwapRouter02's `multicall(deadline, …)` and the Universal
 * Router's `execute(commands, inputs, deadline)` — as far as a failure's cause can be read from the input alone,
 * with no state: the deadline the user signed, the least output they accepted, and the tokens in and out.
 */

export type RouterCall = {
  /** The function called, as the router names it. */
  functionName: string
  /** Unix seconds after which the router refuses the call. */
  deadline?: bigint
  /** The least output the user accepted (base units of the output token), where the call states one. */
  minimumOut?: bigint
  /** What it sells (base units of the input token): exactly (exact-input calls), or at most (exact-output calls). */
  amountIn?: bigint
  maximumIn?: bigint
  /** The token the swap spends and the one it pays out, where the call names them (a path or a single pool). */
  tokenIn?: Address
  tokenOut?: Address
}

/**
 * Reads a router call from a transaction's input; undefined when the input is not one of them.
 *
 * @example routerCall(tx.input)?.deadline // 1718000000n
 */
export function routerCall(input: Hex): RouterCall | undefined {
  let decoded: { functionName: string; args?: readonly unknown[] }
  try {
    decoded = decodeFunctionData({ abi: routerAbi, data: input })
  } catch {
    return undefined
  }
  const fn = routerAbi.find((item) => item.type === 'function' && item.name === decoded.functionName)
  if (!fn || fn.type !== 'function') return undefined
  const args = decoded.args ?? []
  // V3's calls take one struct; the others take flat arguments. Either way the fields are named.
  const named: Record<string, unknown> =
    fn.inputs.length === 1 && fn.inputs[0]!.type === 'tuple'
      ? (args[0] as Record<string, unknown>)
      : Object.fromEntries(fn.inputs.map((input, i) => [input.name ?? String(i), args[i]]))
  const deadline = named.deadline
  const minimumOut = named.amountOutMin ?? named.amountOutMinimum
  const { amountIn } = named
  const maximumIn = named.amountInMax ?? named.amountInMaximum
  const { tokenIn, tokenOut } = swapTokens(decoded.functionName, named)
  return {
    functionName: decoded.functionName,
    ...(typeof deadline === 'bigint' ? { deadline } : {}),
    ...(typeof minimumOut === 'bigint' ? { minimumOut } : {}),
    ...(typeof amountIn === 'bigint' ? { amountIn } : {}),
    ...(typeof maximumIn === 'bigint' ? { maximumIn } : {}),
    ...(tokenIn ? { tokenIn } : {}),
    ...(tokenOut ? { tokenOut } : {}),
  }
}

/**
 * The ends of a swap: V2's `path` of addresses; V3's single pool (`tokenIn`, `tokenOut`); V3's packed `path`
 * (token, 3-byte fee, token, …), which exact-output calls write backwards, from the output token.
 */
function swapTokens(functionName: string, named: Record<string, unknown>): { tokenIn?: Address; tokenOut?: Address } {
  if (Array.isArray(named.path) && named.path.length >= 2) return { tokenIn: named.path[0] as Address, tokenOut: named.path.at(-1) as Address }
  if (typeof named.tokenIn === 'string' && typeof named.tokenOut === 'string') return { tokenIn: named.tokenIn as Address, tokenOut: named.tokenOut as Address }
  if (typeof named.path === 'string' && named.path.length >= 2 + 2 * (20 + 3 + 20)) {
    const first = getAddress(`0x${named.path.slice(2, 42)}`)
    const last = getAddress(`0x${named.path.slice(-40)}`)
    return functionName === 'exactOutput' ? { tokenIn: last, tokenOut: first } : { tokenIn: first, tokenOut: last }
  }
  return {}
}
