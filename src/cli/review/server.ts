/**
 * The review page's server: node:http on 127.0.0.1 only. It serves the static page, the three
 * vendored ESM files it imports (from node_modules, so it works offline), and a JSON API over
 * the letters it was started with. Every /api request needs the run's token; bodies are capped.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { currentLetter, saveReview, SaveError, summary, type Entry } from './store.js'

export const DEFAULT_MAX_BODY = 4 * 1024 * 1024

export interface ReviewServerOptions {
  entries: Entry[]
  /** 0 or absent: a free port. */
  port?: number
  /** Largest request body accepted, in bytes. */
  maxBody?: number
  /** Fixed token (tests); a random one per run otherwise. */
  token?: string
}

export interface ReviewServer {
  /** The address to open, token included. */
  url: string
  origin: string
  port: number
  token: string
  server: Server
  close(): Promise<void>
}

interface StaticFile {
  body: Buffer
  type: string
}

/** The page's folder: `review/` at the package root, three levels above both src/cli/review and dist/cli/review. */
export const STATIC_DIR = fileURLToPath(new URL('../../../review/', import.meta.url))

function staticFiles(): Map<string, StaticFile> {
  const require = createRequire(import.meta.url)
  const preact = dirname(require.resolve('preact/package.json'))
  const htm = dirname(dirname(require.resolve('htm')))
  const js = 'text/javascript; charset=utf-8'
  // The page's own modules: the folder is listed once at start, requests only pick from that list.
  const own = readdirSync(STATIC_DIR).filter((f) => f.endsWith('.js'))
  const files: Array<[string, string, string]> = [
    ...own.map((f): [string, string, string] => [`/${f}`, join(STATIC_DIR, f), js]),
    ['/style.css', join(STATIC_DIR, 'style.css'), 'text/css; charset=utf-8'],
    ['/vendor/preact.mjs', join(preact, 'dist/preact.mjs'), js],
    ['/vendor/hooks.mjs', join(preact, 'hooks/dist/hooks.mjs'), js],
    ['/vendor/htm.mjs', join(htm, 'dist/htm.mjs'), js],
  ]
  return new Map(files.map(([route, path, type]) => [route, { body: readFileSync(path), type }]))
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

export async function startReviewServer(options: ReviewServerOptions): Promise<ReviewServer> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  const maxBody = options.maxBody ?? DEFAULT_MAX_BODY
  const byId = new Map(options.entries.map((e) => [e.id, e]))
  const files = staticFiles()
  const page = readFileSync(join(STATIC_DIR, 'index.html'), 'utf8')
  let port = 0

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      const status = e instanceof HttpError || e instanceof SaveError ? e.status : 500
      const message = e instanceof HttpError || e instanceof SaveError ? e.message : `internal error: ${(e as Error).message}`
      // A refused body is not read to its end: close the connection rather than drain it.
      const unread = !req.complete
      if (!res.headersSent) sendJson(res, status, { error: message }, unread ? { Connection: 'close' } : {})
      else res.end()
      if (unread) res.once('finish', () => req.socket.destroySoon())
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS rebinding: a page on another name that resolves to 127.0.0.1 gets nothing.
    const host = req.headers.host ?? ''
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) throw new HttpError(421, `this server answers only to 127.0.0.1:${port}`)
    const url = new URL(req.url ?? '/', `http://${host}`)
    const path = url.pathname
    if (path === '/' || path === '/index.html') {
      if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'GET only')
      const nonce = randomBytes(16).toString('base64')
      res.writeHead(200, {
        ...securityHeaders(nonce),
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
      })
      res.end(page.replaceAll('__NONCE__', nonce))
      return
    }
    if (path === '/favicon.ico') {
      res.writeHead(204, securityHeaders(null))
      res.end()
      return
    }
    const file = files.get(path)
    if (file) {
      if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'GET only')
      res.writeHead(200, { ...securityHeaders(null), 'Content-Type': file.type, 'Cache-Control': 'no-cache' })
      res.end(file.body)
      return
    }
    if (!path.startsWith('/api/')) throw new HttpError(404, 'not found')
    checkToken(req)
    const m = /^\/api\/letters(?:\/([0-9]+)(\/review)?)?$/.exec(path)
    if (!m) throw new HttpError(404, 'not found')
    const [, id, review] = m
    if (!id) {
      if (req.method !== 'GET') throw new HttpError(405, 'GET only')
      sendJson(res, 200, { letters: options.entries.map(summary) })
      return
    }
    const entry = byId.get(id)
    if (!entry) throw new HttpError(404, `no letter ${id} in this run`)
    if (!review) {
      if (req.method !== 'GET') throw new HttpError(405, 'GET only')
      sendJson(res, 200, detail(entry))
      return
    }
    if (req.method !== 'POST') throw new HttpError(405, 'POST only')
    const origin = req.headers.origin
    if (origin !== undefined && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) throw new HttpError(403, 'cross-origin writes are refused')
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new HttpError(415, 'send the review as application/json')
    const text = await readBody(req, maxBody)
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch (e) {
      throw new HttpError(400, `the body is not JSON: ${(e as Error).message}`)
    }
    const saved = await saveReview(entry, body)
    sendJson(res, 200, { saved: entry.reviewedPath, review: saved.review, summary: summary(entry) })
  }

  function checkToken(req: IncomingMessage): void {
    const given = req.headers['x-congvan-token']
    const a = Buffer.from(typeof given === 'string' ? given : '')
    const b = Buffer.from(token)
    if (a.length !== b.length || !timingSafeEqual(a, b)) throw new HttpError(403, 'missing or wrong token: open the address congvan review printed')
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject)
      resolveListen()
    })
  })
  port = (server.address() as AddressInfo).port
  const origin = `http://127.0.0.1:${port}`
  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    server,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}

function detail(entry: Entry) {
  return {
    id: entry.id,
    name: entry.goldName,
    path: entry.path,
    saved: entry.reviewedPath,
    raw: entry.raw,
    letter: currentLetter(entry),
    parsed: entry.parsed,
    review: entry.reviewed?.review ?? null,
    stale: entry.stale,
  }
}

function securityHeaders(nonce: string | null): Record<string, string> {
  const script = nonce ? `'self' 'nonce-${nonce}'` : `'self'`
  return {
    'Content-Security-Policy': `default-src 'none'; script-src ${script}; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Resource-Policy': 'same-origin',
  }
}

function sendJson(res: ServerResponse, status: number, value: unknown, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...securityHeaders(null), 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...extra })
  res.end(JSON.stringify(value))
}

async function readBody(req: IncomingMessage, max: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? NaN)
  if (declared > max) throw new HttpError(413, `the body is ${declared} bytes, over the limit of ${max}`)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > max) throw new HttpError(413, `the body is over the limit of ${max} bytes`)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}
