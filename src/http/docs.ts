import { html } from 'hono/html'

type OpenApiDoc = { info: { title: string; version: string; description?: string }; paths?: Record<string, Record<string, { summary?: string; description?: string; parameters?: { name: string; in: string; description?: string; required?: boolean }[] }>> }

/** A self-contained rendering of the OpenAPI document: no third-party scripts, so it works under the same CSP. */
export function docsPage(document: unknown) {
  const doc = document as OpenApiDoc
  const endpoints = Object.entries(doc.paths ?? {}).flatMap(([path, methods]) =>
    Object.entries(methods).map(
      ([method, op]) => html`<article class="finding sev-info">
        <h3><code>${method.toUpperCase()} ${path}</code></h3>
        <p>${op.summary ?? ''}</p>
        ${op.description ? html`<p>${op.description}</p>` : ''}
        <ul>${(op.parameters ?? []).map((p) => html`<li><code>${p.name}</code> (${p.in}${p.required ? ', required' : ''}) ${p.description ?? ''}</li>`)}</ul>
      </article>`,
    ),
  )
  return html`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
    <title>txdoctor API</title><link rel="stylesheet" href="/assets/app.css"></head>
    <body><main><h1>${doc.info.title} API ${doc.info.version}</h1><p class="tagline">${doc.info.description ?? ''}</p>
    <p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). Errors are <code>application/problem+json</code> (RFC 9457) with a stable <code>code</code> and a <code>hint</code>. MCP for agents: <code>POST /mcp</code>.</p>
    ${endpoints}</main></body></html>`
}
