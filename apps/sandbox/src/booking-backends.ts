import type { Handler } from '@council-components/server/http/handler.js';
import type { Route } from '@council-components/server/http/router.js';
import type { BookingConfig } from '@council-components/server/booking/booking-config.js';
import {
  createBookingHandlers,
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
}): Route[] {
  let made: Promise<ReturnType<typeof createBookingHandlers>> | undefined;
  const route =
    (name: keyof ReturnType<typeof createBookingHandlers>): Handler =>
    async (request, context) => {
      made ??= options
        .storage()
        .then((storage) =>
          createBookingHandlers({
            storage,
            config: options.config,
            tokenSecret: 'sandbox-booking-token-secret-not-for-production-use',
            rateLimit: { perMinute: 120, burst: 30 },
          }),
        )
        .catch((error: unknown) => {
          // A database that failed to open is tried again at the next request, not kept failing.
          made = undefined;
          throw error;
        });
      return (await made)[name](request, context);
    };
  return [
    { method: 'GET', path: '/api/booking/services', handler: route('services') },
    { method: 'GET', path: '/api/booking/availability', handler: route('availability') },
    { method: 'POST', path: '/api/booking/holds', handler: route('hold') },
    { method: 'POST', path: '/api/booking/bookings', handler: route('book') },
    { method: 'POST', path: '/api/booking/cancel', handler: route('cancel') },
    { method: 'POST', path: '/api/booking/change', handler: route('change') },
  ];
}
