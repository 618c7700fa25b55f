<?php
/**
 * Pasted component markup. The plugin loads the script for any of our
 * elements a post holds, unless the post has our script already (a script
 * tag an editor pasted may have been stripped). Opt-in (Settings → Council Components), editors without
 * `unfiltered_html` may keep exactly our elements and attributes, and the
 * forms, inputs and labels around them. Scripts are never allowed.
 *
 * @package CouncilComponents
 */

defined( 'ABSPATH' ) || exit;

/**
 * Enqueues the components whose elements the content holds.
 *
 * @param string $content A post's content, as it is printed.
 * @return string The content, unchanged.
 */
function council_components_enqueue_pasted( $content ) {
	if ( false === strpos( (string) $content, '<council-' ) ) {
		return $content;
	}
	// An editor who may paste scripts may have pasted ours: then the page has it already.
	if ( preg_match( '#<script[^>]+/council-components\.js|<script[^>]+/council-[a-z-]+\.bundle\.js#i', $content ) ) {
		return $content;
	}
	foreach ( council_components_catalogue() as $slug => $component ) {
		if ( preg_match( '/<' . preg_quote( $component['tag'], '/' ) . '[\s>]/i', $content ) ) {
			council_components_enqueue( $slug );
		}
	}
	return $content;
}
add_filter( 'the_content', 'council_components_enqueue_pasted', 20 );

/**
 * The tags and attributes pasted markup needs, for posts.
 *
 * @param array<string, array<string, bool>> $tags    What is allowed so far.
 * @param string|array                       $context The kses context.
 * @return array<string, array<string, bool>>
 */
function council_components_allowed_html( $tags, $context ) {
	if ( 'post' !== $context || ! council_components_settings()['allow_pasted_markup'] ) {
		return $tags;
	}
	foreach ( council_components_pasted_tags() as $tag => $attributes ) {
		$tags[ $tag ] = array_merge( isset( $tags[ $tag ] ) ? $tags[ $tag ] : array(), $attributes );
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'council_components_allowed_html', 10, 2 );

/**
 * Tag → the attributes pasted markup keeps (kses asks for them on every filtered field of every save): made once.
 *
 * @return array<string, array<string, bool>>
 */
function council_components_pasted_tags() {
	static $tags = null;
	if ( null !== $tags ) {
		return $tags;
	}
	$global = array_fill_keys( array( 'id', 'class', 'lang', 'hidden' ), true );
	$tags   = array();
	foreach ( council_components_catalogue() as $component ) {
		$own = array( 'strings' => true );
		foreach ( $component['attributes'] as $key => $spec ) {
			if ( empty( $spec['host'] ) ) {
				$own[ $key ] = true;
			}
		}
		$tags[ $component['tag'] ] = array_merge( $global, $own );
	}
	$field           = array( 'type', 'name', 'value', 'autocomplete', 'required', 'form', 'spellcheck', 'inputmode', 'aria-describedby', 'aria-invalid', 'size', 'maxlength', 'placeholder' );
	$tags['form']   = array_merge( $global, array_fill_keys( array( 'action', 'method', 'novalidate', 'name', 'accept-charset' ), true ) );
	$tags['input']  = array_merge( $global, array_fill_keys( $field, true ) );
	$tags['label']  = array_merge( $global, array( 'for' => true ) );
	$tags['button'] = array_merge( $global, array_fill_keys( array( 'type', 'name', 'value', 'form', 'formnovalidate', 'disabled' ), true ) );
	return $tags;
}
