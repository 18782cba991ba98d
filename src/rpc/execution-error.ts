/**
 * The EVM's own verdict on a call — out of gas, an invalid opcode, a stack fault — in the words nodes use for it.
 * Some nodes send it with an internal-error code (anvil: -32603 "EVM error OutOfGas"); it is an answer about the
 * call, the same on every node, never a reason to retry or to ask the next node.
 */
export const executionError = /\bEVM error\b:?\s*\w+|\bout of gas\b|OutOfGas|invalid opcode|InvalidFEOpcode|stack (?:underflow|overflow)/i
