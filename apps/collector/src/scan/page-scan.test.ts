import { describe, expect, it } from 'vitest';
import { scanPage } from './page-scan.ts';

describe('a page scanned for Council Components', () => {
  it('counts the elements its author wrote, leaving out commented-out ones', () => {
    const { elements } = scanPage(
      `<main><council-booking service="tip"></council-booking><COUNCIL-Booking></COUNCIL-Booking>
       <!-- <council-payment></council-payment> --><council-address-lookup>
       <p>council-bin-collections in text is not an element</p></main>`,
      'https://www.example.gov.uk/book',
    );
    expect(Object.fromEntries(elements)).toEqual({ 'council-booking': 2, 'council-address-lookup': 1 });
  });

  it('reads packages and versions from CDN addresses of bundles and of the loader, however quoted', () => {
    const { scripts } = scanPage(
      `<script type="module" src="https://cdn.jsdelivr.net/npm/@council-components/booking@0.3.1/dist/bundle/council-booking.bundle.js" integrity="sha384-x"></script>
       <script src='/npm/@council-components/loader@1.0.0-beta.2/dist/council-components.js'></script>
       <script src=https://unpkg.com/@council-components/payment@0.2.0/dist/bundle/council-payment.bundle.js></script>
       <script src="/js/site.js"></script>
       <script src="https://cdn.example/@council-components/booking/dist/x.js"></script>`,
      'https://www.example.gov.uk/page',
    );
    expect(scripts.map(({ package: name, version, delivery }) => [name, version, delivery])).toEqual([
      ['@council-components/booking', '0.3.1', 'script-tag'],
      ['@council-components/loader', '1.0.0-beta.2', 'loader'],
      ['@council-components/payment', '0.2.0', 'script-tag'],
    ]);
    expect(scripts[1]?.src).toBe(
      'https://www.example.gov.uk/npm/@council-components/loader@1.0.0-beta.2/dist/council-components.js',
    );
  });
});
