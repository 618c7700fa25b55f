<?php
/**
 * One shortcode per component: `[council_address_lookup name="home-address" required action="/apply"]`.
 * Any role may use them: WordPress's HTML filters never touch a shortcode.
 *
 * @package CouncilComponents
 */

defined( 'ABSPATH' ) || exit;

/**
 * A shortcode's attributes as the renderer takes them: known names only, and
 * a bare flag (`required`) as on.
 *
 * @param string       $slug A key of the catalogue.
 * @param array|string $atts What WordPress parsed ('' when none).
 * @return array<string, mixed>
 */
function council_components_shortcode_values( $slug, $atts ) {
	$catalogue = council_components_catalogue();
	$known     = council_components_attributes_of( $catalogue[ $slug ] );
	$values    = array();
	foreach ( is_array( $atts ) ? $atts : array() as $key => $value ) {
		if ( is_int( $key ) ) {
			$flag = strtolower( (string) $value );
			if ( isset( $known[ $flag ] ) && 'flag' === $known[ $flag ]['kind'] ) {
				$values[ $flag ] = true;
			}
			continue;
		}
		$key = strtolower( (string) $key );
		if ( isset( $known[ $key ] ) && 'fallback' !== $key ) {
			$values[ $key ] = $value;
		}
	}
	return $values;
}

function council_components_register_shortcodes() {
	foreach ( council_components_catalogue() as $slug => $component ) {
		add_shortcode(
			$component['shortcode'],
			function ( $atts, $content = '' ) use ( $slug ) {
				return council_components_render( $slug, council_components_shortcode_values( $slug, $atts ), (string) $content );
			}
		);
	}
}
add_action( 'init', 'council_components_register_shortcodes' );
