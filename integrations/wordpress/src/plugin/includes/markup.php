<?php
/**
 * The markup a shortcode or a block prints: the host form (for a question),
 * the element, and what works without JavaScript (fallback fields, or the
 * editor's link), all on one line so that `wpautop` and the visual editor
 * have nothing to break.
 *
 * @package CouncilComponents
 */

defined( 'ABSPATH' ) || exit;

/**
 * The language of one instance: its own `lang`, else the setting, else the
 * page's locale (Welsh for `cy` and `cy_GB`, as a multilingual plugin sets it).
 *
 * @param string $forced The instance's `lang`, or ''.
 * @return string `en` or `cy`.
 */
function council_components_language( $forced ) {
	$forced = strtolower( trim( $forced ) );
	if ( 'en' === $forced || 'cy' === $forced ) {
		return $forced;
	}
	$settings = council_components_settings();
	if ( 'site' !== $settings['language'] ) {
		return $settings['language'];
	}
	$locale = function_exists( 'determine_locale' ) ? determine_locale() : get_locale();
	return preg_match( '/^cy(_|$)/i', (string) $locale ) ? 'cy' : 'en';
}

/**
 * Whether a flag is on: `true`, or a shortcode's bare `required`, `required="true"`, `"1"`, `"yes"`, `"on"`.
 *
 * @param mixed $value As given.
 * @return bool
 */
function council_components_is_on( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	return in_array( strtolower( trim( (string) $value ) ), array( '1', 'true', 'yes', 'on' ), true );
}

/**
 * Field names and ids: letters, digits, `-` and `_`, as the component accepts them.
 *
 * @param mixed  $value    As given.
 * @param string $fallback When nothing usable is left.
 * @return string
 */
function council_components_field_name( $value, $fallback ) {
	$clean = preg_replace( '/[^A-Za-z0-9_-]/', '', is_scalar( $value ) ? (string) $value : '' );
	return '' === $clean ? $fallback : $clean;
}

/**
 * The words of the fallback fields and the host form's button, per language.
 *
 * @param string $lang `en` or `cy`.
 * @return array<string, string>
 */
function council_components_fallback_words( $lang ) {
	$words = array(
		'en' => array(
			'line-1'   => 'Address line 1',
			'line-2'   => 'Address line 2 (optional)',
			'town'     => 'Town or city',
			'county'   => 'County (optional)',
			'postcode' => 'Postcode',
			'button'   => 'Continue',
		),
		'cy' => array(
			'line-1'   => 'Llinell 1 y cyfeiriad',
			'line-2'   => 'Llinell 2 y cyfeiriad (dewisol)',
			'town'     => 'Tref neu ddinas',
			'county'   => 'Sir (dewisol)',
			'postcode' => 'Cod post',
			'button'   => 'Parhau',
		),
	);
	return $words[ $lang ];
}

/**
 * The address fields a resident fills in by hand where the component cannot
 * run; with JavaScript, the component wraps them under its question.
 *
 * @param string $name     The answer's name.
 * @param string $lang     `en` or `cy`.
 * @param bool   $required Whether an address is required.
 * @param string $form     A form elsewhere on the page, or ''.
 * @return string
 */
function council_components_address_fields( $name, $lang, $required, $form ) {
	$words  = council_components_fallback_words( $lang );
	$fields = array(
		'line-1'   => array( 'address-line1', $required ),
		'line-2'   => array( 'address-line2', false ),
		'town'     => array( 'address-level2', $required ),
		'county'   => array( '', false ),
		'postcode' => array( 'postal-code', $required ),
	);
	$owner  = '' === $form ? '' : sprintf( ' form="%s"', esc_attr( $form ) );
	$html   = '';
	foreach ( $fields as $part => $field ) {
		$id    = $name . '-' . $part;
		$html .= sprintf(
			'<p><label for="%1$s">%2$s</label> <input type="text" id="%1$s" name="%1$s"%3$s%4$s%5$s></p>',
			esc_attr( $id ),
			esc_html( $words[ $part ] ),
			'' === $field[0] ? '' : sprintf( ' autocomplete="%s"', esc_attr( $field[0] ) ),
			$field[1] ? ' required' : '',
			$owner
		);
	}
	$html .= sprintf( '<input type="hidden" id="%1$s-uprn" name="%1$s-uprn"%2$s>', esc_attr( $name ), $owner );
	return $html;
}

/**
 * The element's own attributes, from what the editor set and the plugin's settings.
 *
 * @param array<string, mixed> $component One entry of the catalogue.
 * @param array<string, mixed> $values    Attribute → value.
 * @return string Leading space included.
 */
function council_components_element_attributes( $component, $values ) {
	$html = '';
	foreach ( $component['attributes'] as $key => $spec ) {
		if ( ! empty( $spec['host'] ) ) {
			continue;
		}
		$value = isset( $values[ $key ] ) ? $values[ $key ] : ( isset( $spec['default'] ) ? $spec['default'] : '' );
		if ( 'flag' === $spec['kind'] ) {
			$html .= council_components_is_on( $value ) ? ' ' . $key : '';
			continue;
		}
		$value = is_scalar( $value ) ? trim( (string) $value ) : '';
		// An address esc_url refuses (`javascript:`) is left out, so the component keeps its default.
		$value = 'url' === $spec['kind'] ? esc_url( $value ) : esc_attr( $value );
		if ( '' !== $value ) {
			$html .= sprintf( ' %s="%s"', $key, $value );
		}
	}
	return $html;
}

/**
 * One component, ready for the page. Enqueues its script.
 *
 * @param string               $slug    A key of the catalogue.
 * @param array<string, mixed> $values  Attribute → value (a shortcode's, or a block's).
 * @param string               $content A shortcode's enclosed content: what shows without JavaScript.
 * @return string
 */
function council_components_render( $slug, $values, $content = '' ) {
	$catalogue = council_components_catalogue();
	if ( ! isset( $catalogue[ $slug ] ) ) {
		return '';
	}
	$component = $catalogue[ $slug ];
	$values    = is_array( $values ) ? $values : array();
	$settings  = council_components_settings();
	$lang      = council_components_language( isset( $values['lang'] ) ? (string) $values['lang'] : '' );

	// The back end named once, in the settings, for every component that does not name its own.
	if ( '' !== $settings['endpoint_base'] ) {
		$defaults = array( 'endpoint' => $component['endpoint'] );
		if ( isset( $component['attributes']['address-endpoint'] ) ) {
			$defaults['address-endpoint'] = 'addresses';
		}
		foreach ( $defaults as $key => $path ) {
			if ( ! isset( $values[ $key ] ) || '' === trim( (string) $values[ $key ] ) ) {
				$values[ $key ] = $settings['endpoint_base'] . '/' . $path;
			}
		}
	}

	council_components_enqueue( $slug );
	$tag = $component['tag'];

	if ( ! $component['question'] ) {
		$fallback = isset( $values['fallback'] ) && '' !== trim( (string) $values['fallback'] ) ? (string) $values['fallback'] : $content;
		return sprintf(
			'<%1$s%2$s lang="%3$s">%4$s</%1$s>',
			$tag,
			council_components_element_attributes( $component, $values ),
			esc_attr( $lang ),
			str_replace( array( "\r", "\n" ), ' ', wp_kses_post( trim( $fallback ) ) )
		);
	}

	$name            = council_components_field_name( isset( $values['name'] ) ? $values['name'] : '', 'address' );
	$values['name']  = $name;
	$form            = council_components_field_name( isset( $values['form'] ) ? $values['form'] : '', '' );
	$values['form']  = $form;
	$required        = council_components_is_on( isset( $values['required'] ) ? $values['required'] : false );
	$element         = sprintf(
		'<%1$s%2$s%3$s>%4$s</%1$s>',
		$tag,
		council_components_element_attributes( $component, $values ),
		'' === $form ? '' : sprintf( ' lang="%s"', esc_attr( $lang ) ),
		council_components_address_fields( $name, $lang, $required, $form )
	);
	if ( '' !== $form ) {
		// The answer goes with a form the page already has (a form builder's): no form of ours.
		return $element;
	}
	$method = isset( $values['method'] ) && 'get' === strtolower( (string) $values['method'] ) ? 'get' : 'post';
	$action = isset( $values['action'] ) ? esc_url( trim( (string) $values['action'] ) ) : '';
	$button = isset( $values['button'] ) && '' !== trim( (string) $values['button'] ) ? trim( (string) $values['button'] ) : council_components_fallback_words( $lang )['button'];
	return sprintf(
		'<form class="council-components-form" method="%1$s"%2$s lang="%3$s">%4$s<button type="submit" class="govuk-button wp-element-button">%5$s</button></form>',
		esc_attr( $method ),
		'' === $action ? '' : sprintf( ' action="%s"', $action ),
		esc_attr( $lang ),
		$element,
		esc_html( $button )
	);
}
