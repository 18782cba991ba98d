import type { Lang } from '../core/types.js'
import type { ChromeWords } from './catalog-types.js'
import { chromeEn } from './en/chrome.js'
import { chromeZh } from './zh-CN/chrome.js'

/** The words around the findings, per language (the type: catalog-types.ts `ChromeWords`). */
export const chromeWords: Record<Lang, ChromeWords> = { en: chromeEn, 'zh-CN': chromeZh }
