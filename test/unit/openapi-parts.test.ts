import { expect, test } from 'vitest'
import { openApiParts } from '../../src/http/openapi-parts.js'
import { OpenApiGeneratorV31 } from '../../src/worker-openapi.js'
import { liveOpenApiParts } from '../../scripts/openapi-parts.js'

/**
 * The Worker serves a prebuilt OpenAPI document (src/worker-openapi.ts): it must be what the real generator makes
 * from today's routes, or a client of the Worker reads a stale API. `npm run docs` regenerates it.
 */
test('the Worker’s prebuilt OpenAPI parts are what the generator makes from the routes (else: npm run docs)', () => {
  expect(openApiParts).toEqual(JSON.parse(JSON.stringify(liveOpenApiParts())))
})

test('the prebuilt generator gives the caller’s top-level fields and the prebuilt parts', () => {
  const config = { openapi: '3.1.0', info: { title: 'txdoctor', version: '9.9.9' } }
  expect(new OpenApiGeneratorV31([]).generateDocument(config)).toEqual({ ...config, ...openApiParts })
})
