import type { Handler } from '@council-components/server/http/handler.js';
import type { Route } from '@council-components/server/http/router.js';
import type { BookingConfig } from '@council-components/server/booking/booking-config.js';
import {
  bookingApiRoutes,
  createBookingHandlers,
  type BookingHandlers,
  type BookingHandlersOptions,
} from '@council-components/server/booking/booking-handler.js';

/**
 * The council's booking back end on the embedded store (`/api/booking/…`), as a council runs it: the handlers of
 * `@council-components/server` over the storage layer, with the services, hours and closures of one configuration
 * file. Made at the first request: the database is opened then. Imports nothing that runs only in Node.
 */
export function bookingRoutes(options: {
  storage: () => Promise<BookingHandlersOptions['storage']>;
  config: BookingConfig;
  /** Where its API is. Default `/api/booking`. */
  base?: string;
  /** The back end's clock, for the pages and fixtures that show a day the clocks change, or a hold near its end. */
  now?: () => Date;
  /** Holds and bookings per client per minute, and the burst. Default 120 and 30; the fixtures' tests make more. */
  rateLimit?: { perMinute: number; burst: number };
}): Route[] {
  let made: Promise<BookingHandlers> | undefined;
  const route =
    (name: keyof BookingHandlers): Handler =>
    async (request, context) => {
      made ??= options
        .storage()
        .then((storage) =>
          createBookingHandlers({
            storage,
            config: options.config,
            tokenSecret: 'sandbox-booking-token-secret-not-for-production-use',
            rateLimit: options.rateLimit ?? { perMinute: 120, burst: 30 },
            ...(options.now ? { now: options.now } : {}),
          }),
        )
        .catch((error: unknown) => {
          // A database that failed to open is tried again at the next request, not kept failing.
          made = undefined;
          throw error;
        });
      return (await made)[name](request, context);
    };
  return bookingApiRoutes(
    {
      services: route('services'),
      availability: route('availability'),
      hold: route('hold'),
      book: route('book'),
      cancel: route('cancel'),
      change: route('change'),
      calendar: route('calendar'),
    },
    options.base,
  );
}
