/**
 * @asteasolutions/zod-to-openapi as the Worker ships it (wrangler.toml `[alias]`): the same interface
 * @hono/zod-openapi calls, but the document's paths and components come prebuilt (src/http/openapi-parts.ts,
 * written by `npm run docs` from the real generator, and held equal to it by test/unit/openapi-parts.test.ts), so
 * the generator (~8 KiB gzip) stays out of the Worker. Routes still validate with their zod schemas: `.openapi()`
 * only carries documentation, which the prebuilt parts already hold.
 */
import { openApiParts } from './http/openapi-parts.js'

type ZodNamespace = { ZodType: { prototype: Record<string, unknown> } }

/** `.openapi(…)` on any schema: documentation only, kept by the prebuilt document. */
export function extendZodWithOpenApi(zod: ZodNamespace): void {
  if (typeof zod.ZodType.prototype.openapi === 'function') return
  zod.ZodType.prototype.openapi = function (this: unknown) {
    return this
  }
}

export const getOpenApiMetadata = (): { _internal?: { refId?: string } } => ({})

/** Registrations are documentation; the prebuilt document already has them. */
export class OpenAPIRegistry {
  readonly definitions: unknown[] = []
  register(_refId: unknown, schema: unknown): unknown {
    return schema
  }
  registerParameter(_refId: unknown, schema: unknown): unknown {
    return schema
  }
  registerPath(): void {}
  registerWebhook(): void {}
  registerComponent(): void {}
}

class PrebuiltGenerator {
  constructor(_definitions: unknown, _config?: unknown) {}
  /** The document as the real generator makes it: the caller's top-level fields, then the prebuilt parts. */
  generateDocument(config: Record<string, unknown>): Record<string, unknown> {
    return { ...config, ...openApiParts }
  }
}
export class OpenApiGeneratorV3 extends PrebuiltGenerator {}
export class OpenApiGeneratorV31 extends PrebuiltGenerator {}
