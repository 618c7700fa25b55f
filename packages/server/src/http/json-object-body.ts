/**
 * A request's body as the JSON object a browser sent (`{ … }`), or undefined when it is not one: no body, not JSON,
 * or JSON that is an array, a string, a number or null. The handlers then check its fields themselves.
 */
export async function jsonObjectBody(request: Request): Promise<Record<string, unknown> | undefined> {
  try {
    const body: unknown = JSON.parse(await request.text());
    return typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
