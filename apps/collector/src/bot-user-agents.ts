/**
 * Obvious non-human agents: crawlers and bots that announce themselves, headless and automated browsers, uptime
 * monitors and auditors, and HTTP libraries. A beacon from one is answered like any other (so that nothing learns
 * how to pass) but not counted. A page whose browser sends no User-Agent at all is not a resident's browser either.
 * This is a floor, not a fingerprinting arms race: a bot posing as Chrome is counted, and sampling and the rate
 * limits bound what it can add.
 */
const BOT_AGENT =
  /bot\b|bot\/|crawl|spider|slurp|scrap|headless|phantomjs|puppeteer|playwright|selenium|webdriver|lighthouse|pagespeed|pingdom|uptime|monitor|statuscake|site24x7|gtmetrix|facebookexternalhit|embedly|preview|curl\/|wget\/|python-|aiohttp|httpx|go-http-client|java\/|okhttp|axios\/|node-fetch|undici|libwww|httpclient|postman|insomnia/i;

export function isBotUserAgent(userAgent: string | null): boolean {
  if (userAgent === null || userAgent.trim() === '') return true;
  return BOT_AGENT.test(userAgent);
}
