<?php
/**
 * What the plugin knows of each component: its element, its script, and the
 * attributes an editor may set (the same names as the element's own, from each
 * package's README). One table feeds the shortcodes, the blocks and the
 * opt-in kses rules, so they never disagree.
 *
 * @package CouncilComponents
 */

defined( 'ABSPATH' ) || exit;

/**
 * Attribute kinds: 'text' (printed as given), 'url' (escaped as a URL),
 * 'flag' (printed bare when on). 'host' attributes belong to the host form the
 * plugin prints around a question, not to the element.
 *
 * @return array<string, array<string, mixed>>
 */
function council_components_catalogue() {
	// Read for every shortcode, block and kses check of a request: made once.
	static $catalogue = null;
	if ( null === $catalogue ) {
		$catalogue = council_components_make_catalogue();
	}
	return $catalogue;
}

/**
 * The catalogue itself (`council_components_catalogue()` keeps it).
 *
 * @return array<string, array<string, mixed>>
 */
function council_components_make_catalogue() {
	$common_name = array(
		'kind'  => 'text',
		'label' => 'Name (prefix of its ids and fields)',
	);
	return array(
		'address-lookup'  => array(
			'tag'         => 'council-address-lookup',
			'package'     => 'address-lookup',
			'bundle'      => 'dist/bundle/council-address-lookup.bundle.js',
			'shortcode'   => 'council_address_lookup',
			'title'       => 'Council address lookup',
			'description' => 'Find an address by postcode, with manual entry. Its answer is sent with the form.',
			'icon'        => 'location',
			'endpoint'    => 'addresses',
			'question'    => true,
			'attributes'  => array(
				'name'           => array(
					'kind'    => 'text',
					'label'   => 'Name (prefix of the fields the form receives)',
					'default' => 'address',
				),
				'label'          => array(
					'kind'  => 'text',
					'label' => 'Question',
				),
				'label-cy'       => array(
					'kind'  => 'text',
					'label' => 'Question in Welsh',
				),
				'hint'           => array(
					'kind'  => 'text',
					'label' => 'Hint',
				),
				'hint-cy'        => array(
					'kind'  => 'text',
					'label' => 'Hint in Welsh',
				),
				'required'       => array(
					'kind'  => 'flag',
					'label' => 'An address is required',
				),
				'page-heading'   => array(
					'kind'  => 'flag',
					'label' => 'The question is the page heading',
				),
				'endpoint'       => array(
					'kind'  => 'url',
					'label' => 'Address endpoint (default: the plugin setting)',
				),
				'timeout'        => array(
					'kind'  => 'text',
					'label' => 'Seconds to wait for each attempt of a search',
				),
				'form'           => array(
					'kind'  => 'text',
					'label' => 'Id of a form elsewhere on the page to send the answer with (no form is printed)',
				),
				'submit-buttons' => array(
					'kind'  => 'text',
					'label' => 'Ids of the buttons whose submission checks the answer',
				),
				'action'         => array(
					'kind'  => 'url',
					'host'  => true,
					'label' => 'Where the form is sent (its action)',
				),
				'method'         => array(
					'kind'    => 'text',
					'host'    => true,
					'label'   => 'Form method (post or get)',
					'default' => 'post',
				),
				'button'         => array(
					'kind'  => 'text',
					'host'  => true,
					'label' => 'Button text (default: Continue / Parhau)',
				),
			),
		),
		'bin-collections' => array(
			'tag'         => 'council-bin-collections',
			'package'     => 'bin-collections',
			'bundle'      => 'dist/bundle/council-bin-collections.bundle.js',
			'shortcode'   => 'council_bin_collections',
			'title'       => 'Council bin collections',
			'description' => 'A resident finds their address and sees their next bin collections, with a calendar to add.',
			'icon'        => 'calendar-alt',
			'endpoint'    => 'collections',
			'question'    => false,
			'attributes'  => array(
				'uprn'             => array(
					'kind'  => 'text',
					'label' => 'Show one property (its UPRN): no search',
				),
				'address'          => array(
					'kind'  => 'text',
					'label' => 'That property’s address, for the heading',
				),
				'endpoint'         => array(
					'kind'  => 'url',
					'label' => 'Collections endpoint (default: the plugin setting)',
				),
				'address-endpoint' => array(
					'kind'  => 'url',
					'label' => 'Address endpoint (default: the plugin setting)',
				),
				'remember'         => array(
					'kind'  => 'flag',
					'label' => 'Remember the address in this browser',
				),
				'missed-href'      => array(
					'kind'  => 'url',
					'label' => 'Report a missed collection page',
				),
				'contact-href'     => array(
					'kind'  => 'url',
					'label' => 'Contact page',
				),
				'name'             => $common_name,
				'timeout'          => array(
					'kind'  => 'text',
					'label' => 'Seconds per attempt of a request',
				),
			),
		),
		'payment'         => array(
			'tag'         => 'council-payment',
			'package'     => 'payment',
			'bundle'      => 'dist/bundle/council-payment.bundle.js',
			'shortcode'   => 'council_payment',
			'title'       => 'Council payment',
			'description' => 'Pay the council through GOV.UK Pay, with a reference the resident gives.',
			'icon'        => 'money-alt',
			'endpoint'    => 'payments',
			'question'    => false,
			'attributes'  => array(
				'endpoint'        => array(
					'kind'  => 'url',
					'label' => 'Payments endpoint (on this site’s origin; default: the plugin setting)',
				),
				'item'            => array(
					'kind'  => 'text',
					'label' => 'What is paid for, as the back end’s price list names it',
				),
				'check-for'       => array(
					'kind'  => 'text',
					'label' => 'Seconds to keep checking an unfinished payment',
				),
				'payment-link'    => array(
					'kind'  => 'url',
					'label' => 'GOV.UK Pay payment link (without a back end)',
				),
				'payment-link-cy' => array(
					'kind'  => 'url',
					'label' => 'Welsh payment link',
				),
				'description'     => array(
					'kind'  => 'text',
					'label' => 'What is being paid for',
				),
				'description-cy'  => array(
					'kind'  => 'text',
					'label' => 'What is being paid for, in Welsh',
				),
				'amount'          => array(
					'kind'  => 'text',
					'label' => 'Amount in pence, shown before paying',
				),
				'amount-editable' => array(
					'kind'  => 'flag',
					'label' => 'The resident chooses the amount (payment link)',
				),
				'label'           => array(
					'kind'  => 'text',
					'label' => 'Reference label',
				),
				'label-cy'        => array(
					'kind'  => 'text',
					'label' => 'Reference label in Welsh',
				),
				'hint'            => array(
					'kind'  => 'text',
					'label' => 'Reference hint',
				),
				'hint-cy'         => array(
					'kind'  => 'text',
					'label' => 'Reference hint in Welsh',
				),
				'contact-href'    => array(
					'kind'  => 'url',
					'label' => 'Other ways to pay page',
				),
				'name'            => $common_name,
			),
		),
		'booking'         => array(
			'tag'         => 'council-booking',
			'package'     => 'booking',
			'bundle'      => 'dist/bundle/council-booking.bundle.js',
			'shortcode'   => 'council_booking',
			'title'       => 'Council booking',
			'description' => 'Book an appointment or a collection with the council.',
			'icon'        => 'clock',
			'endpoint'    => 'booking',
			'question'    => false,
			'attributes'  => array(
				'endpoint'     => array(
					'kind'  => 'url',
					'label' => 'Booking endpoint (default: the plugin setting)',
				),
				'service'      => array(
					'kind'  => 'text',
					'label' => 'The one service this page books (its id)',
				),
				'contact-href' => array(
					'kind'  => 'url',
					'label' => 'Other ways to book, change or cancel',
				),
				'heading'      => array(
					'kind'  => 'text',
					'label' => 'Heading',
				),
				'heading-cy'   => array(
					'kind'  => 'text',
					'label' => 'Heading in Welsh',
				),
				'name'         => $common_name,
			),
		),
	);
}

/**
 * Every component's attributes also take `lang` (force the language of one
 * instance) and, for those that are not a question, `fallback`: what the page
 * shows without JavaScript (a link to the page residents use today).
 *
 * @param array<string, mixed> $component One entry of the catalogue.
 * @return array<string, array<string, mixed>>
 */
function council_components_attributes_of( $component ) {
	$attributes         = $component['attributes'];
	$attributes['lang'] = array(
		'kind'  => 'text',
		'host'  => true,
		'label' => 'Language: en or cy (default: the plugin setting)',
	);
	if ( ! $component['question'] ) {
		$attributes['fallback'] = array(
			'kind'  => 'html',
			'host'  => true,
			'label' => 'Without JavaScript, show (HTML: a link to the page residents use today)',
		);
	}
	return $attributes;
}
