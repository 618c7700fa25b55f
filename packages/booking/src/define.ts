import { defineElement } from '@council-components/core/define.js';
import type { InvalidDetail } from '@council-components/core/form/invalid.js';
import { CouncilBooking, type BookingConfirmedDetail } from './council-booking.js';

defineElement('council-booking', CouncilBooking);

declare global {
  interface HTMLElementTagNameMap {
    'council-booking': CouncilBooking;
  }
  interface HTMLElementEventMap {
    'council-invalid': CustomEvent<InvalidDetail>;
    'council-booking-confirmed': CustomEvent<BookingConfirmedDetail>;
  }
}
