import * as z from 'zod'

/*
 * What nodes answer is untrusted input, checked where it enters (the verified transport) for the methods whose
 * answers txdoctor reads field by field. Only the fields it relies on are checked, and only their shape: a node
 * may add fields, and chains add transaction types. zod is already in the Worker for the API's schemas, so
 * these checks add their own few lines only.
 */

const quantity = z.string().regex(/^0x[0-9a-f]{1,64}$/i, 'not a hex quantity')
/** Chain ids, block numbers, timestamps and nonces: read as numbers, so beyond 2^52 they are garbage. */
const smallQuantity = z.string().regex(/^0x[0-9a-f]{1,13}$/i, 'not a hex quantity below 2^52')
const bytes = z.string().regex(/^0x([0-9a-f]{2})*$/i, 'not hex data')
const word = z.string().regex(/^0x[0-9a-f]{64}$/i, 'not a 32-byte hex value')
const address = z.string().regex(/^0x[0-9a-f]{40}$/i, 'not an address')

const log = z.object({ address, topics: z.array(word).max(4), data: bytes })

const transaction = z.object({
  hash: word,
  from: address,
  to: address.nullish(),
  nonce: smallQuantity,
  value: quantity.optional(),
  blockNumber: smallQuantity.nullish(),
  type: quantity.optional(),
  // Every transaction has a gas limit and an input; the checks compute with both.
  gas: quantity,
  input: bytes,
  gasPrice: quantity.optional(),
  maxFeePerGas: quantity.optional(),
  maxPriorityFeePerGas: quantity.optional(),
  authorizationList: z.array(z.object({ address })).optional(),
})

/** Pending blocks (`pending` tag) have no number or hash yet; every other block has both. */
const blockOf = (pending: boolean) =>
  z.object({
    number: pending ? smallQuantity.nullable() : smallQuantity,
    hash: pending ? word.nullable() : word,
    timestamp: smallQuantity,
    baseFeePerGas: quantity.optional(),
    transactions: z.array(z.union([word, transaction])).optional(),
  })
const block = blockOf(false).nullable()
const pendingBlock = blockOf(true).nullable()

/** Receipts from before Byzantium carry a state root instead of a status. */
const receipt = z
  .object({ status: quantity.optional(), root: word.optional(), blockNumber: smallQuantity, gasUsed: quantity, effectiveGasPrice: quantity, logs: z.array(log) })
  .refine((r) => r.status !== undefined || r.root !== undefined, { message: 'neither status nor root', path: ['status'] })
  .nullable()

/** txpool_content and txpool_contentFrom: sections (pending, queued) of objects. Entries are read with care (gather.ts). */
const section = z.record(z.string(), z.record(z.string(), z.unknown())).optional()
const pool = z.object({ pending: section, queued: section })

/** A call tracer's top frame: the output and error the failure's reason is read from. */
const traceFrame = z.object({ output: bytes.optional(), error: z.string().max(2_000).optional() })

const replies: Record<string, z.ZodType> = {
  debug_traceTransaction: traceFrame,
  eth_chainId: smallQuantity,
  eth_blockNumber: smallQuantity,
  eth_getBlockByNumber: block,
  eth_getBlockByHash: block,
  eth_getTransactionByHash: transaction.nullable(),
  eth_getTransactionReceipt: receipt,
  eth_getLogs: z.array(log),
  txpool_content: pool,
  txpool_contentFrom: pool,
}

/** The newest block, as the freshness checks read it: its number and timestamp (the rest is not used there). */
const head = z.object({ number: smallQuantity, timestamp: smallQuantity }).nullable()

/** What is wrong with the newest block a node sent for a freshness check; undefined when its number and timestamp can be read. */
export function headProblem(block: unknown): string | undefined {
  return problemOf(head, block)
}

/**
 * What is wrong with a node's answer to `method`, in a few words naming the field; undefined when it has the
 * shape txdoctor reads (or the method's answers are not checked).
 *
 * @example replyProblem('eth_getBlockByNumber', ['latest', false], { number: '0x1' }) // 'hash is missing'
 */
export function replyProblem(method: string, params: unknown, reply: unknown): string | undefined {
  const schema = method === 'eth_getBlockByNumber' && Array.isArray(params) && params[0] === 'pending' ? pendingBlock : replies[method]
  return schema && problemOf(schema, reply)
}

function problemOf(schema: z.ZodType, reply: unknown): string | undefined {
  const checked = schema.safeParse(reply, { reportInput: true })
  if (checked.success) return undefined
  const issue = checked.error.issues[0]!
  // Keys can be the node's own (a pool's sender addresses): only plain ones are repeated.
  const name = (key: PropertyKey) => (typeof key === 'string' && /^\w{1,42}$/.test(key) ? key : '…')
  const field = issue.path.length ? issue.path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${name(key)}`)).join('') : 'the result'
  return issue.code === 'invalid_type' && issue.input === undefined && issue.path.length
    ? `${field} is missing`
    : `${field}: ${issue.code === 'invalid_type' ? `expected ${issue.expected}` : issue.message}`
}
