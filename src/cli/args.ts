import { parseArgs } from 'node:util'
import * as z from 'zod'
import { InputError } from '../core/errors.js'
import type { Lang, Level } from '../core/types.js'

export type CliArgs = {
  command: 'diagnose' | 'approvals' | 'rpc' | 'chains' | 'serve' | 'mcp' | 'help' | 'version'
  input?: string
  chain?: string
  chains?: string
  rpc: string[]
  level: Level
  lang: Lang
  json: boolean
  handoff: boolean
  color: boolean | undefined
  port?: number
}

const flags = z.object({
  chain: z.string().min(1).optional(),
  chains: z.string().min(1).optional(),
  rpc: z.array(z.string()).default([]),
  level: z.enum(['novice', 'expert'], { error: () => '--level takes novice or expert.' }).optional(),
  lang: z.enum(['en', 'zh-CN', 'zh'], { error: () => '--lang takes en or zh-CN.' }).optional(),
  json: z.boolean().default(false),
  handoff: z.boolean().default(false),
  color: z.boolean().optional(),
  port: z.coerce.number().int().min(0).max(65_535, { error: '--port takes a number from 0 to 65535.' }).optional(),
  'no-color': z.boolean().optional(),
  help: z.boolean().optional(),
  version: z.boolean().optional(),
})

/** Reads the command line; anything wrong is an InputError (exit 2) that says what was expected. */
export function parseCli(argv: string[], env: NodeJS.ProcessEnv): CliArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        chain: { type: 'string', short: 'c' },
        chains: { type: 'string' },
        rpc: { type: 'string', multiple: true },
        level: { type: 'string', short: 'l' },
        lang: { type: 'string' },
        json: { type: 'boolean' },
        handoff: { type: 'boolean' },
        color: { type: 'boolean' },
        port: { type: 'string', short: 'p' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    })
  } catch (error) {
    throw new InputError((error as Error).message.replace(/^TypeError \[\w+\]: /, ''), 'Run txdoctor --help for the options.')
  }
  const options = flags.safeParse(parsed.values)
  if (!options.success) throw new InputError(options.error.issues.map((i) => i.message).join(' '), 'Run txdoctor --help for the options.')
  const o = options.data
  const lang: Lang = o.lang ? (o.lang === 'en' ? 'en' : 'zh-CN') : /^zh/i.test(env.LANG ?? env.LC_ALL ?? '') ? 'zh-CN' : 'en'
  const common = {
    rpc: o.rpc,
    level: o.level ?? 'novice',
    lang,
    json: o.json,
    handoff: o.handoff,
    color: o['no-color'] ? false : o.color,
    ...(o.port === undefined ? {} : { port: o.port }),
    ...(o.chain ? { chain: o.chain } : {}),
    ...(o.chains ? { chains: o.chains } : {}),
  }
  if (o.version) return { command: 'version', ...common }
  const [first, ...rest] = parsed.positionals
  if (o.help || first === undefined || first === 'help') return { command: 'help', ...common }
  if ((first === 'chains' || first === 'serve' || first === 'mcp') && rest.length === 0) return { command: first, ...common }
  if (first === 'rpc') {
    if (rest.length !== 1) throw new InputError('txdoctor rpc takes one node URL.', 'Example: txdoctor rpc https://mainnet.base.org --chain base')
    return { command: 'rpc', input: rest[0]!, ...common }
  }
  if (first === 'approvals') {
    if (rest.length !== 1) throw new InputError('txdoctor approvals takes one address.', 'Example: txdoctor approvals 0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045')
    return { command: 'approvals', input: rest[0]!, ...common }
  }
  if (rest.length > 0)
    throw new InputError(`Expected one thing to diagnose, got ${parsed.positionals.length}: ${parsed.positionals.join(' ')}`, 'Quote the input if it contains spaces.')
  return { command: 'diagnose', input: first, ...common }
}
