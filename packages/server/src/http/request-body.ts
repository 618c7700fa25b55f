/**
 * A request body that grew past the adapter's limit as it streamed in (when
 * `Content-Length` did not say, or lied). Reading the body rejects with it; the
 * router and the adapters answer it as 413 `body-too-large`, never as a 500.
 */
export class RequestBodyTooLarge extends Error {
  override name = 'RequestBodyTooLarge';

  constructor(readonly limit: number) {
    super(`The request body is over ${limit} bytes`);
  }
}
