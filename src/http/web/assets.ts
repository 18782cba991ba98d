/** The web form's only stylesheet and script, served from our own origin so the CSP can forbid everything else. */
export const css = `
:root { color-scheme: light dark; --ok: #1a7f37; --info: #0969da; --warning: #9a6700; --danger: #cf222e; --fg: #1f2328; --muted: #59636e; --bg: #fff; --card: #f6f8fa; --line: #d1d9e0; }
@media (prefers-color-scheme: dark) { :root { --ok: #3fb950; --info: #58a6ff; --warning: #d29922; --danger: #f85149; --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --card: #151b23; --line: #3d444d; } }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; color: var(--fg); background: var(--bg); }
main { max-width: 46rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.4rem; margin: .5rem 0 0; } .tagline { color: var(--muted); margin: .25rem 0 1rem; }
form { display: grid; gap: .75rem; background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 1rem; }
label { font-weight: 600; } .field { display: grid; gap: .35rem; }
input[type=text], select, textarea { width: 100%; font: inherit; padding: .6rem; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--fg); }
input[type=text] { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .9rem; }
.row { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; } fieldset { border: 0; padding: 0; margin: 0; display: flex; gap: .75rem; flex-wrap: wrap; }
legend { font-weight: 600; margin-bottom: .35rem; }
button { font: inherit; font-weight: 600; padding: .6rem 1.2rem; border-radius: 6px; border: 1px solid var(--info); background: var(--info); color: #fff; cursor: pointer; }
button.secondary { background: transparent; color: var(--info); }
:focus-visible { outline: 3px solid var(--info); outline-offset: 2px; }
.answer { margin-top: 1.25rem; } .headline { border-left: 6px solid; padding: .75rem 1rem; background: var(--card); border-radius: 6px; }
.badge { display: inline-block; font-size: .8rem; font-weight: 700; letter-spacing: .03em; padding: .1rem .5rem; border-radius: 999px; color: #fff; margin-right: .5rem; vertical-align: middle; }
.finding { border: 1px solid var(--line); border-left: 6px solid; border-radius: 6px; padding: .75rem 1rem; margin: 1rem 0; }
.sev-ok { border-left-color: var(--ok); } .badge.sev-ok { background: var(--ok); }
.sev-info { border-left-color: var(--info); } .badge.sev-info { background: var(--info); }
.sev-warning { border-left-color: var(--warning); } .badge.sev-warning { background: var(--warning); }
.sev-danger { border-left-color: var(--danger); } .badge.sev-danger { background: var(--danger); }
.finding h3 { margin: 0 0 .35rem; font-size: 1.05rem; } .finding p { margin: .35rem 0; overflow-wrap: anywhere; }
.error p, .headline { overflow-wrap: anywhere; }
.finding ol { margin: .35rem 0 0; padding-left: 1.4rem; } .finding li { margin: .2rem 0; overflow-wrap: anywhere; }
details { margin: 1rem 0; } summary { cursor: pointer; font-weight: 600; }
pre { background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: .75rem; overflow-x: auto; font-size: .8rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.meta { color: var(--muted); font-size: .85rem; } .error { border: 1px solid var(--danger); border-radius: 6px; padding: .75rem 1rem; margin-top: 1rem; }
.untrusted { font-family: ui-monospace, monospace; }
dl.details { margin: .5rem 0; font-size: .85rem; } dl.details div { display: flex; flex-wrap: wrap; gap: 0 .75rem; padding: .2rem 0; border-bottom: 1px solid var(--line); }
dl.details dt { color: var(--muted); min-width: 11rem; } dl.details dd { margin: 0; flex: 1 1 14rem; overflow-wrap: anywhere; font-variant-numeric: tabular-nums; }
.headline .about { margin: .4rem 0 0; }
mark.differs { background: #ffd33d; color: #1f2328; font-weight: 700; border-radius: 2px; }
`

/** Progressive enhancement only: everything works without it. */
export const js = `
for (const button of document.querySelectorAll('[data-copy]')) {
  button.hidden = false
  button.addEventListener('click', async () => {
    const source = document.getElementById(button.dataset.copy)
    try { await navigator.clipboard.writeText(source.value) } catch { source.select(); document.execCommand('copy') }
    button.textContent = button.dataset.done
  })
}
`
