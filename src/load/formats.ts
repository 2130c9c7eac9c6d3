/**
 * Input formats. The load stage asks each registered format, in order, whether it reads a
 * file; the first that does turns the bytes into text. Text (Markdown, plain) is built in;
 * DOCX and PDF readers can be registered here later without touching the other stages:
 * they return text, and spans then count that text.
 */
export interface InputFormat {
  /** Shown in messages, e.g. "DOCX". */
  name: string
  /** True when this format reads the bytes (by signature or extension). */
  accepts(bytes: Uint8Array, path: string | null): boolean
  /** The letter's text. Throw a LoadError for a file of this format that cannot be read. */
  toText(bytes: Uint8Array, path: string | null): { text: string; encoding: string }
}

const formats: InputFormat[] = []

/** Adds a reader for a format the built-in text reader refuses (checked before it). */
export function registerFormat(format: InputFormat): void {
  formats.push(format)
}

export function formatFor(bytes: Uint8Array, path: string | null): InputFormat | null {
  return formats.find((f) => f.accepts(bytes, path)) ?? null
}
