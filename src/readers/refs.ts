/** Number/symbol parsing shared by the header (the letter's own number) and citations. */
import { rules } from '../lexicon/index.js'
import { typeCodeOf } from './doc-types.js'

export interface ParsedRef {
  /** "1468/UBND-KTTH", "2209-KL/TU", "81/2023/QH15": printed, spaces removed; null without a number. */
  ref: string | null
  number: string | null
  year: number | null
  symbol: string
  typeCode: string | null
  typeName: string | null
  issuerCode: string | null
  party: boolean
}

/**
 * Party numbers put a hyphen between number and symbol (26-NQ/TW); state numbers a slash
 * (91/QĐ-UBND), normative ones with the year inside (06/2022/NĐ-CP).
 */
export function parseRef(number: string | null, year: string | null, sep: string, symbolPrinted: string): ParsedRef {
  const symbol = symbolPrinted.replace(/\s+/g, '').replace(/–/g, '-')
  const party = sep.trim() !== '/' && sep.trim() !== ''
  const yearNum = year ? Number(year) : null
  let typeCode: string | null = null
  let typeName: string | null = null
  let issuerCode: string | null = null
  if (party) {
    const [t, ...rest] = symbol.split('/')
    const tc = typeCodeOf(t)
    typeCode = tc ? tc.code : t
    typeName = tc ? tc.name : null
    issuerCode = rest.join('/') || null
  } else {
    // An OCR-doubled hyphen ("TT--BQP") still separates two segments.
    const segs = symbol.split(/-+/)
    let tc = typeCodeOf(segs[0])
    // A lost hyphen inside the first segment ("QĐUBND") is read only where the symbol has no
    // other hyphen or the rest is a known issuer: "TCHQ-GSQL" is an issuer, not TC + HQ.
    if (tc && tc.rest && segs.length > 1 && !issuerByCode(tc.rest)) tc = null
    if (tc && (segs.length > 1 || tc.rest)) {
      typeCode = tc.code
      typeName = stateTypeName(tc.code, tc.name, yearNum)
      issuerCode = tc.rest || segs[1] || null
    } else {
      issuerCode = segs[0]
    }
  }
  const ref = number ? `${number}${yearNum ? '/' + yearNum : ''}${party ? '-' : '/'}${symbol}` : null
  return { ref, number, year: yearNum, symbol, typeCode, typeName, issuerCode, party }
}

/** A code may name another type in a state normative number (TT: Thông tư there, the Party Thông tri elsewhere). */
function stateTypeName(code: string, name: string, year: number | null): string {
  if (!year) return name
  return rules().docTypes.entries.find((e) => e.normativeCodes.includes(code))?.name ?? name
}

export interface IssuerInfo {
  code: string
  name: string
  scope: 'national' | 'local'
  template?: string
  party: boolean
}

export function issuerByCode(code: string | null): IssuerInfo | null {
  if (!code) return null
  const list = rules().issuers.entries
  const exact = list.find((e) => e.code === code)
  if (exact) return exact
  const upper = code.toUpperCase()
  return list.find((e) => e.code.toUpperCase() === upper) ?? null
}

/**
 * Digits of a footnote marker glued to a symbol's last segment ("42/2024/QH151",
 * "47/2024/TT-BGTVT4"): how many trailing characters to drop. Only where the segment without
 * them is a known issuer code and the segment with them is not ("QH15" and "UBND-VX1" stay).
 */
export function footnoteDigits(symbol: string): number {
  const last = /[\p{L}\d]+$/u.exec(symbol)?.[0] ?? ''
  const digits = /\d+$/.exec(last)?.[0] ?? ''
  if (!digits || issuerByCode(last)) return 0
  for (let k = 1; k <= Math.min(2, digits.length); k++) if (issuerByCode(last.slice(0, -k))) return k
  return 0
}

/** Upper-cased ref without spaces and with Đ for Ð: how refs compare. */
export const refKey = (ref: string): string => ref.normalize('NFC').replace(/Ð/g, 'Đ').replace(/\s+/g, '').toUpperCase()
