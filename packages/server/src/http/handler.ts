/** What a handler knows about the request beyond the standard `Request`. */
export interface RequestContext {
  /** The client's address, for rate limiting. Set by the adapter (Node, a serverless platform). */
  clientAddress: string;
}

/**
 * A back-end handler: a standard `Request` in, a standard `Response` out, so
 * it runs on Node's http server, Express, or any serverless platform.
 */
export type Handler = (request: Request, context: RequestContext) => Promise<Response> | Response;
