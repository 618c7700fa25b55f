/**
 * A fake of an external service, or anything else that answers HTTP in
 * process: a standard `Request` in, a `Response` out. The same shape as the
 * handlers of `@council-components/server`, so a fake can be mounted beside
 * them, and a handler can be reached through `fetchVia` like a fake.
 */
export type FakeService = (request: Request, context: { clientAddress: string }) => Response | Promise<Response>;
