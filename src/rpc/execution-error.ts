/**
 * The EVM's own verdict on a call — out of gas, an invalid opcode, a stack fault — in the words nodes use for it
 * (geth's "out of gas", revm's halt reasons as anvil prints them: "EVM error OutOfGas", "ReentrancySentryOOG").
 * Some nodes send it with an internal-error code (anvil: -32603); it is an answer about the call, the same on
 * every node, never a reason to retry or to ask the next node. Only these results: any other "EVM error" (a
 * database or state problem) is the node's.
 */
export const executionError =
  /\bout of gas\b|\b\w*OutOfGas\w*|\b\w*OOG\b|\bOpcodeNotFound\b|\bInvalidFEOpcode\b|\binvalid opcode\b|\bStack(?:Underflow|Overflow)\b|\bstack (?:underflow|overflow)\b|\bInvalidJump\b|\binvalid jump\b|\bCallTooDeep\b|\bStateChangeDuringStaticCall\b/i

/** Whether an EVM verdict is a form of running out of gas. */
export const isOutOfGasVerdict = (verdict: string): boolean => /out ?of ?gas|OOG\b/i.test(verdict)
