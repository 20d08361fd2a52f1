import type { IncomingMessage } from 'node:http'

import type { PayloadRequest } from 'payload'

/**
 * The header that carries the address of the connection a request came in on. The one-origin
 * server writes it on every request, after removing any copy the client sent, so Payload's
 * REST, GraphQL and the site all read the same trusted value. A call without it did not come
 * from the network: the server's own work (jobs, seed) or a test.
 */
export const CLIENT_ADDRESS_HEADER = 'x-wemi-client-address'

/** Replaces whatever the client claimed with the address of the connection itself. */
export const stampClientAddress = (req: IncomingMessage): void => {
  delete req.headers[CLIENT_ADDRESS_HEADER]
  const address = req.socket?.remoteAddress
  if (address) req.headers[CLIENT_ADDRESS_HEADER] = address
}

/** The address a request came from, or null for a call from inside the server. */
export const clientAddressOf = (req: Pick<PayloadRequest, 'headers'> | undefined): string | null =>
  req?.headers?.get(CLIENT_ADDRESS_HEADER) || null

/** What the site hands the Local API so that its calls count against the visitor's address. */
export const fromClientAddress = (address: string): Pick<PayloadRequest, 'headers'> => ({
  headers: new Headers({ [CLIENT_ADDRESS_HEADER]: address }),
})
