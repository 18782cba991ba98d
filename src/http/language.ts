import type { Lang } from '../core/types.js'

/** An explicit `lang` wins; otherwise the browser's Accept-Language; otherwise English. */
export function negotiateLang(explicit: string | undefined, acceptLanguage: string | undefined): Lang {
  if (explicit) return /^zh/i.test(explicit) ? 'zh-CN' : 'en'
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', q] = part.trim().split(';q=')
      return { tag: tag.toLowerCase(), q: q === undefined ? 1 : Number(q) }
    })
    .filter((l) => l.tag && l.q > 0)
    .sort((a, b) => b.q - a.q)
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh-CN'
    if (tag.startsWith('en')) return 'en'
  }
  return 'en'
}
