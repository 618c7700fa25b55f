<?php
/**
 * One server-rendered block per component, its attributes as controls in the
 * block's sidebar. The post stores only the block's comment and attributes,
 * which WordPress's HTML filters leave alone, so any role can use it and a
 * later save by another role cannot strip it.
 *
 * @package CouncilComponents
 */

defined( 'ABSPATH' ) || exit;

/**
 * The block attributes (WordPress's schema) and the editor's controls for one component.
 *
 * @param array<string, mixed> $component One entry of the catalogue.
 * @return array{attributes: array<string, array<string, mixed>>, controls: array<int, array<string, string>>}
 */
function council_components_block_shape( $component ) {
	$attributes = array();
	$controls   = array();
	foreach ( council_components_attributes_of( $component ) as $key => $spec ) {
		$attributes[ $key ] = 'flag' === $spec['kind']
			? array(
				'type'    => 'boolean',
				'default' => false,
			)
			: array(
				'type'    => 'string',
				'default' => isset( $spec['default'] ) ? $spec['default'] : '',
			);
		$controls[]         = array(
			'name'  => $key,
			'kind'  => $spec['kind'],
			'label' => $spec['label'],
		);
	}
	return array(
		'attributes' => $attributes,
		'controls'   => $controls,
	);
}

function council_components_register_blocks() {
	wp_register_script(
		'council-components-blocks',
		plugins_url( 'blocks/editor.js', COUNCIL_COMPONENTS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		COUNCIL_COMPONENTS_VERSION,
		true
	);
	$definitions = array();
	foreach ( council_components_catalogue() as $slug => $component ) {
		$shape = council_components_block_shape( $component );
		register_block_type(
			'council-components/' . $slug,
			array(
				'api_version'     => 2,
				'title'           => $component['title'],
				'description'     => $component['description'],
				'category'        => 'widgets',
				'icon'            => $component['icon'],
				'attributes'      => $shape['attributes'],
				'supports'        => array( 'html' => false ),
				'editor_script'   => 'council-components-blocks',
				'render_callback' => function ( $attributes ) use ( $slug ) {
					return council_components_render( $slug, is_array( $attributes ) ? $attributes : array(), '' );
				},
			)
		);
		$definitions[] = array(
			'name'        => 'council-components/' . $slug,
			'title'       => $component['title'],
			'description' => $component['description'],
			'icon'        => $component['icon'],
			'shortcode'   => $component['shortcode'],
			'attributes'  => $shape['attributes'],
			'controls'    => $shape['controls'],
		);
	}
	wp_add_inline_script(
		'council-components-blocks',
		'window.councilComponentsBlocks = ' . wp_json_encode( $definitions ) . ';',
		'before'
	);
}
add_action( 'init', 'council_components_register_blocks' );
