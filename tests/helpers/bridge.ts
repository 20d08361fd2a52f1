import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { TestApp } from './app'

export type Bridge = {
  url: string
  /** While set, the app answers 503 to everything, as if it were down. */
  down: boolean
  close: () => Promise<void>
}

/**
 * The test app behind a real HTTP port on loopback, so that outside servers (the local Stripe
 * sending webhooks) can reach its REST API with raw bodies and headers.
 */
export const serveOverHttp = async (app: TestApp): Promise<Bridge> => {
  const bridge = { down: false } as Bridge
  const server = http.createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = []
    for await (const chunk of incoming) chunks.push(chunk as Buffer)
    if (bridge.down) {
      outgoing.writeHead(503).end()
      return
    }
    const headers = new Headers()
    for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') headers.set(name, value)
    const method = incoming.method ?? 'GET'
    const response = await app.fetch(
      new Request(`http://localhost${incoming.url}`, {
        method,
        headers,
        body: ['GET', 'HEAD'].includes(method) ? undefined : Buffer.concat(chunks),
      }),
    )
    outgoing.writeHead(response.status, Object.fromEntries(response.headers))
    outgoing.end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  bridge.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  bridge.close = () => new Promise((resolve) => server.close(() => resolve()))
  return bridge
}
