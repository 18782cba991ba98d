/**
 * The one place bigints become decimal strings: every answer passes through here on its way out, so JSON,
 * HTML, CLI and MCP all show the same digits.
 */
export function toJsonSafe<value>(value: value): JsonSafe<value> {
  return convert(value) as JsonSafe<value>
}

function convert(value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString()
  if (Array.isArray(value)) return value.map(convert)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = convert(item)
    return out
  }
  return value
}

export type JsonSafe<value> = value extends bigint
  ? string
  : value extends readonly (infer item)[]
    ? JsonSafe<item>[]
    : value extends object
      ? { [key in keyof value]: JsonSafe<value[key]> }
      : value
