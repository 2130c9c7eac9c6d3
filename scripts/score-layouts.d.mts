/** Types for the layout-perturbation harness's renderings (scripts/score-layouts.mjs), used by the tests. */
export function wrapLine(line: string, width: number, countIndent?: boolean): string[]
export function hardWrap(text: string, width: number): string
export function headerColumns(text: string): { left: string[]; right: string[]; rest: string } | null
export function headerAsPipeTable(text: string): string
export function headerAsCellLines(text: string): string
export function headerSideBySide(text: string): string
export function splitBold(text: string): string
export function markdownWrap(text: string, width?: number): string
export function escapeListMarkers(text: string): string
export function tablesAsHtml(text: string): string
export function pandocRoundTrip(text: string, tmp: string, to?: string): string
export const RENDERINGS: Record<string, (text: string, tmp: string) => string>
