import { withCoreStrings, type Catalogue } from '@council-components/core/i18n/catalogue.js';
import { coreStrings, type CoreStringKey } from '@council-components/core/i18n/core-strings.js';

export type BookingStringKey =
  | 'heading'
  | 'loading'
  | 'unavailable'
  | 'noDates'
  | 'contactUs'
  | 'serviceLegend'
  | 'errorService'
  | 'dateLegend'
  | 'dateHint'
  | 'anotherDate'
  | 'or'
  | 'day'
  | 'month'
  | 'year'
  | 'openCalendar'
  | 'previousMonth'
  | 'nextMonth'
  | 'closeCalendar'
  | 'errorDateSelect'
  | 'errorDateEmpty'
  | 'errorDateIncomplete'
  | 'errorDateReal'
  | 'errorDatePast'
  | 'errorDateBetween'
  | 'errorDateFull'
  | 'timeLegend'
  | 'morning'
  | 'afternoon'
  | 'placesLeft'
  | 'errorTime'
  | 'holding'
  | 'slotTaken'
  | 'detailsHeading'
  | 'heldUntil'
  | 'holdEnding'
  | 'holdLapsed'
  | 'nameLabel'
  | 'errorName'
  | 'emailLabel'
  | 'errorEmail'
  | 'errorEmailFormat'
  | 'phoneLabel'
  | 'errorPhone'
  | 'continue'
  | 'checkHeading'
  | 'rowService'
  | 'rowDate'
  | 'rowTime'
  | 'rowName'
  | 'rowEmail'
  | 'rowPhone'
  | 'change'
  | 'confirm'
  | 'booking'
  | 'bookFailed'
  | 'confirmedTitle'
  | 'confirmedReference'
  | 'confirmedWhat'
  | 'addToCalendar'
  | 'changeOrCancel';

/** Every string of <council-booking>, in English and Welsh: the type forbids one without the other. */
const ownStrings: Catalogue<BookingStringKey> = {
  en: {
    heading: 'Book an appointment',
    loading: 'Finding times you can book',
    unavailable: 'Sorry, you cannot book online at the moment.',
    noDates: 'There are no times left to book online.',
    contactUs: 'Contact us',
    serviceLegend: 'What do you want to book?',
    errorService: 'Select what you want to book',
    dateLegend: 'Choose a date',
    dateHint: 'For example, {example}',
    anotherDate: 'Another date',
    or: 'or',
    day: 'Day',
    month: 'Month',
    year: 'Year',
    openCalendar: 'Choose date from calendar',
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    closeCalendar: 'Close calendar',
    errorDateSelect: 'Select a date',
    errorDateEmpty: 'Enter a date',
    errorDateIncomplete: 'Date must include a day, month and year',
    errorDateReal: 'Date must be a real date',
    errorDatePast: 'Date must be today or in the future',
    errorDateBetween: 'Date must be between {from} and {to}',
    errorDateFull: 'There are no times left on {date}. Choose another date',
    timeLegend: 'Choose a time on {date}',
    morning: 'Morning',
    afternoon: 'Afternoon',
    placesLeft: { one: '{count} place left', other: '{count} places left' },
    errorTime: 'Select a time',
    holding: 'Holding your time',
    slotTaken: 'Sorry, that time has just been taken. Choose another time.',
    detailsHeading: 'Your details',
    heldUntil: 'We are holding this time for you until {time}.',
    holdEnding: 'We will hold your time only until {time}. Confirm your booking before then.',
    holdLapsed: 'We stopped holding your time at {time}. You can still book it if nobody else has.',
    nameLabel: 'Full name',
    errorName: 'Enter your full name',
    emailLabel: 'Email address',
    errorEmail: 'Enter your email address',
    errorEmailFormat: 'Enter an email address in the correct format, like name@example.com',
    phoneLabel: 'Telephone number (optional)',
    errorPhone: 'Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192',
    continue: 'Continue',
    checkHeading: 'Check your answers before booking',
    rowService: 'Appointment',
    rowDate: 'Date',
    rowTime: 'Time',
    rowName: 'Name',
    rowEmail: 'Email address',
    rowPhone: 'Telephone number',
    change: 'Change',
    confirm: 'Confirm booking',
    booking: 'Booking your appointment',
    bookFailed: 'Sorry, we could not book your appointment. Try again, or contact us.',
    confirmedTitle: 'Booking confirmed',
    confirmedReference: 'Your reference number',
    confirmedWhat: '{service}: {date}, {time}.',
    addToCalendar: 'Add to your calendar',
    changeOrCancel: 'To change or cancel your booking, contact us and give your reference number.',
  },
  cy: {
    heading: 'Trefnu apwyntiad',
    loading: 'Chwilio am amseroedd y gallwch eu trefnu',
    unavailable: 'Mae’n ddrwg gennym, ni allwch drefnu ar-lein ar hyn o bryd.',
    noDates: 'Nid oes amseroedd ar ôl i’w trefnu ar-lein.',
    contactUs: 'Cysylltu â ni',
    serviceLegend: 'Beth ydych chi eisiau ei drefnu?',
    errorService: 'Dewiswch beth rydych eisiau ei drefnu',
    dateLegend: 'Dewiswch ddyddiad',
    dateHint: 'Er enghraifft, {example}',
    anotherDate: 'Dyddiad arall',
    or: 'neu',
    day: 'Diwrnod',
    month: 'Mis',
    year: 'Blwyddyn',
    openCalendar: 'Dewis dyddiad o’r calendr',
    previousMonth: 'Mis blaenorol',
    nextMonth: 'Mis nesaf',
    closeCalendar: 'Cau’r calendr',
    errorDateSelect: 'Dewiswch ddyddiad',
    errorDateEmpty: 'Rhowch ddyddiad',
    errorDateIncomplete: 'Rhaid i’r dyddiad gynnwys diwrnod, mis a blwyddyn',
    errorDateReal: 'Rhaid i’r dyddiad fod yn ddyddiad go iawn',
    errorDatePast: 'Rhaid i’r dyddiad fod heddiw neu yn y dyfodol',
    errorDateBetween: 'Rhaid i’r dyddiad fod rhwng {from} a {to}',
    errorDateFull: 'Nid oes amseroedd ar ôl ar {date}. Dewiswch ddyddiad arall',
    timeLegend: 'Dewiswch amser ar {date}',
    morning: 'Bore',
    afternoon: 'Prynhawn',
    placesLeft: { one: '{count} lle ar ôl', two: '{count} le ar ôl', other: '{count} lle ar ôl' },
    errorTime: 'Dewiswch amser',
    holding: 'Yn cadw eich amser',
    slotTaken: 'Mae’n ddrwg gennym, mae’r amser hwnnw newydd gael ei gymryd. Dewiswch amser arall.',
    detailsHeading: 'Eich manylion',
    heldUntil: 'Rydym yn cadw’r amser hwn i chi tan {time}.',
    holdEnding: 'Dim ond tan {time} y byddwn yn cadw eich amser. Cadarnhewch eich archeb cyn hynny.',
    holdLapsed:
      'Rydym wedi peidio â chadw eich amser am {time}. Gallwch ei drefnu o hyd os nad oes neb arall wedi gwneud.',
    nameLabel: 'Enw llawn',
    errorName: 'Rhowch eich enw llawn',
    emailLabel: 'Cyfeiriad e-bost',
    errorEmail: 'Rhowch eich cyfeiriad e-bost',
    errorEmailFormat: 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com',
    phoneLabel: 'Rhif ffôn (dewisol)',
    errorPhone: 'Rhowch rif ffôn, fel 01632 960 001, 07700 900 982 neu +44 808 157 0192',
    continue: 'Parhau',
    checkHeading: 'Gwiriwch eich atebion cyn trefnu',
    rowService: 'Apwyntiad',
    rowDate: 'Dyddiad',
    rowTime: 'Amser',
    rowName: 'Enw',
    rowEmail: 'Cyfeiriad e-bost',
    rowPhone: 'Rhif ffôn',
    change: 'Newid',
    confirm: 'Cadarnhau’r archeb',
    booking: 'Yn trefnu eich apwyntiad',
    bookFailed:
      'Mae’n ddrwg gennym, nid oeddem yn gallu trefnu eich apwyntiad. Rhowch gynnig arall arni, neu cysylltwch â ni.',
    confirmedTitle: 'Archeb wedi’i chadarnhau',
    confirmedReference: 'Eich cyfeirnod',
    confirmedWhat: '{service}: {date}, {time}.',
    addToCalendar: 'Ychwanegu at eich calendr',
    changeOrCancel: 'I newid neu ganslo eich archeb, cysylltwch â ni a rhowch eich cyfeirnod.',
  },
};

/** The component's strings and the core ones it uses ("Error:", "Try again"). */
export const bookingStrings = withCoreStrings<BookingStringKey, CoreStringKey>(coreStrings, ownStrings);
export type BookingMessageKey = BookingStringKey | CoreStringKey;
