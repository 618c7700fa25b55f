<?php
/**
 * The components' scripts: enqueued only on pages that use a component, in
 * the footer, as `type="module"` with the `integrity` and `crossorigin` the
 * release published (`integrity.json`). A file with no published hash is not
 * loaded at all.
 *
 * @package CouncilComponents
 */

defined( 'ABSPATH' ) || exit;

/**
 * The release's `release.json`: each package's version, and each package's
 * integrity manifest (file, relative to the package → SRI hash).
 *
 * @param string $release A folder of `assets/`.
 * @return array{packages: array<string, string>, integrity: array<string, array<string, string>>}|null
 */
function council_components_release( $release ) {
	static $cache = array();
	if ( array_key_exists( $release, $cache ) ) {
		return $cache[ $release ];
	}
	$cache[ $release ] = null;
	if ( ! preg_match( '/^[0-9A-Za-z.+-]+$/', $release ) ) {
		return null;
	}
	$folder = COUNCIL_COMPONENTS_DIR . '/assets/' . $release;
	$json   = json_decode( (string) @file_get_contents( $folder . '/release.json' ), true ); // phpcs:ignore WordPress.PHP.NoSilencedErrors
	if ( ! is_array( $json ) || ! isset( $json['packages'] ) || ! is_array( $json['packages'] ) ) {
		return null;
	}
	$integrity = array();
	foreach ( array_keys( $json['packages'] ) as $package ) {
		$manifest = json_decode( (string) @file_get_contents( $folder . '/' . $package . '/integrity.json' ), true ); // phpcs:ignore WordPress.PHP.NoSilencedErrors
		$integrity[ $package ] = array();
		foreach ( is_array( $manifest ) ? $manifest : array() as $file => $entry ) {
			if ( is_array( $entry ) && isset( $entry['integrity'] ) ) {
				$integrity[ $package ][ $file ] = (string) $entry['integrity'];
			}
		}
	}
	$cache[ $release ] = array(
		'packages'  => $json['packages'],
		'integrity' => $integrity,
	);
	return $cache[ $release ];
}

/**
 * Where a package's file is served from: the plugin's folder, or the CDN at
 * npm's path (`@council-components/<package>@<version>/<file>`).
 *
 * @param array<string, mixed> $settings The plugin's settings.
 * @param string               $package  Package folder, such as `address-lookup`.
 * @param string               $file     Relative to the package, such as `dist/bundle/….js`.
 * @return array{src: string, integrity: string}|null Null when the release has no hash for it.
 */
function council_components_asset( $settings, $package, $file ) {
	$release = council_components_release( (string) $settings['release'] );
	if ( ! $release || ! isset( $release['packages'][ $package ], $release['integrity'][ $package ][ $file ] ) ) {
		return null;
	}
	$version = $release['packages'][ $package ];
	if ( 'cdn' === $settings['source'] ) {
		$src = $settings['cdn_base'] . '@council-components/' . $package . '@' . rawurlencode( $version ) . '/' . $file;
	} else {
		$src = plugins_url( 'assets/' . $settings['release'] . '/' . $package . '/' . $file, COUNCIL_COMPONENTS_FILE );
	}
	return array(
		'src'       => $src,
		'integrity' => $release['integrity'][ $package ][ $file ],
	);
}

/**
 * Handle → integrity, for the scripts this plugin enqueued.
 *
 * @param string|null $handle    A handle to record.
 * @param string|null $integrity Its hash.
 * @return array<string, string>
 */
function council_components_module_scripts( $handle = null, $integrity = null ) {
	static $modules = array();
	if ( null !== $handle ) {
		$modules[ $handle ] = (string) $integrity;
	}
	return $modules;
}

/**
 * Makes sure the page loads the component `$slug` (or the loader, which
 * fetches it). Called by the shortcodes, the blocks and for pasted markup.
 *
 * @param string $slug A key of the catalogue.
 */
function council_components_enqueue( $slug ) {
	$catalogue = council_components_catalogue();
	if ( ! isset( $catalogue[ $slug ] ) ) {
		return;
	}
	$settings = council_components_settings();
	if ( 'loader' === $settings['delivery'] ) {
		$handle  = 'council-components-loader';
		$package = 'loader';
		$file    = 'dist/council-components.js';
	} else {
		$handle  = 'council-components-' . $slug;
		$package = $catalogue[ $slug ]['package'];
		$file    = $catalogue[ $slug ]['bundle'];
	}
	if ( wp_script_is( $handle, 'enqueued' ) ) {
		return;
	}
	$asset = council_components_asset( $settings, $package, $file );
	if ( ! $asset ) {
		// Never load a script whose hash the release did not publish: the page keeps its fallback.
		error_log( "Council Components: release {$settings['release']} has no hash for {$package}/{$file}; not loaded." ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions
		return;
	}
	council_components_module_scripts( $handle, $asset['integrity'] );
	wp_enqueue_script( $handle, $asset['src'], array(), null, true );
}

/**
 * Prints our scripts as modules with their hashes. WordPress before 6.5 has no
 * module scripts of its own, so the tag is written here.
 *
 * @param string $tag    The tag WordPress made.
 * @param string $handle The script's handle.
 * @param string $src    Its address.
 * @return string
 */
function council_components_script_tag( $tag, $handle, $src ) {
	$modules = council_components_module_scripts();
	if ( ! isset( $modules[ $handle ] ) ) {
		return $tag;
	}
	return sprintf(
		'<script type="module" src="%1$s" integrity="%2$s" crossorigin="anonymous" id="%3$s-js"></script>' . "\n",
		esc_url( $src ),
		esc_attr( $modules[ $handle ] ),
		esc_attr( $handle )
	);
}
add_filter( 'script_loader_tag', 'council_components_script_tag', 10, 3 );
