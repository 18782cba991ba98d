/**
 * zod as the Worker sees it (wrangler.toml `[alias] zod`): every export of zod, but a `z` object that holds only
 * `ZodType`. @hono/zod-openapi passes zod's `z` namespace to `extendZodWithOpenApi(z)`; a namespace passed as a
 * value keeps every export of zod in the bundle, all its locales included (~60 KiB gzip the Worker never runs).
 * Our code imports `* as z from 'zod'`, whose members the bundler can drop one by one.
 */
import { ZodType } from 'zod/v4'

export * from 'zod/v4'

/** Only what `extendZodWithOpenApi` reads; anything else fails loudly, naming the fix. */
export const z = new Proxy({ ZodType } as Record<string, unknown>, {
  get(target, key) {
    if (typeof key === 'symbol' || key in target) return target[key as string]
    throw new Error(`z.${key} is not in the Worker's zod (src/worker-zod.ts): write import * as z from 'zod' instead of importing z from a package.`)
  },
})
