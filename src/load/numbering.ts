/** Printed list labels rebuilt from a list's counter, as Word and HTML number them. */

/** 1 → A, 26 → Z, 27 → AA (Word and HTML count letters over a–z; đ is typed by hand, never numbered). */
export function alphaLabel(n: number): string {
  let s = ''
  while (n > 0) {
    n--
    s = String.fromCharCode(65 + (n % 26)) + s
    n = Math.floor(n / 26)
  }
  return s
}

/** 4 → IV. */
export function romanLabel(n: number): string {
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]
  let s = ''
  for (const [v, r] of table)
    while (n >= v) {
      s += r
      n -= v
    }
  return s
}
