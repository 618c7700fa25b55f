<?php
/**
 * The plugin's settings (Settings → Council Components), also readable and
 * writable by an Administrator through the REST API (`/wp/v2/settings`).
 *
 * @package CouncilComponents
 */

defined( 'ABSPATH' ) || exit;

const COUNCIL_COMPONENTS_OPTION = 'council_components';

/**
 * What a fresh install uses: the release shipped in the zip, one bundle per
 * component served from the plugin's own folder, the components' own endpoint
 * paths on this site, the page's language, and no change to what editors may
 * paste.
 *
 * @return array<string, mixed>
 */
function council_components_default_settings() {
	$releases = council_components_releases();
	return array(
		'release'             => $releases ? $releases[0] : '',
		'delivery'            => 'bundles',
		'source'              => 'self-hosted',
		'cdn_base'            => 'https://cdn.jsdelivr.net/npm/',
		'endpoint_base'       => '',
		'language'            => 'site',
		'allow_pasted_markup' => false,
	);
}

/**
 * @return array<string, mixed>
 */
function council_components_settings() {
	$saved = get_option( COUNCIL_COMPONENTS_OPTION, array() );
	return array_merge( council_components_default_settings(), is_array( $saved ) ? $saved : array() );
}

/**
 * Keeps only values the plugin understands; anything else falls back to its default.
 *
 * @param mixed $input What the settings form or the REST API sent.
 * @return array<string, mixed>
 */
function council_components_sanitize_settings( $input ) {
	$input    = is_array( $input ) ? $input : array();
	$defaults = council_components_default_settings();
	$clean    = $defaults;
	$pick     = function ( $key, $allowed ) use ( $input, $defaults ) {
		return isset( $input[ $key ] ) && in_array( $input[ $key ], $allowed, true ) ? $input[ $key ] : $defaults[ $key ];
	};

	$clean['release']  = $pick( 'release', council_components_releases() );
	$clean['delivery'] = $pick( 'delivery', array( 'bundles', 'loader' ) );
	$clean['source']   = $pick( 'source', array( 'self-hosted', 'cdn' ) );
	$clean['language'] = $pick( 'language', array( 'site', 'en', 'cy' ) );

	if ( isset( $input['cdn_base'] ) && '' !== trim( (string) $input['cdn_base'] ) ) {
		$cdn = esc_url_raw( trim( (string) $input['cdn_base'] ), array( 'https', 'http' ) );
		if ( $cdn ) {
			$clean['cdn_base'] = trailingslashit( $cdn );
		}
	}
	if ( isset( $input['endpoint_base'] ) ) {
		$clean['endpoint_base'] = council_components_clean_endpoint( (string) $input['endpoint_base'] );
	}
	$clean['allow_pasted_markup'] = ! empty( $input['allow_pasted_markup'] ) && 'false' !== $input['allow_pasted_markup'];
	return $clean;
}

/**
 * A path on this site (`/api`) or an http(s) address on another origin
 * (which then needs `allowedOrigins` on the server). No trailing slash.
 *
 * @param string $value As typed.
 * @return string
 */
function council_components_clean_endpoint( $value ) {
	$value = trim( $value );
	if ( '' === $value ) {
		return '';
	}
	if ( '/' === $value[0] && ( ! isset( $value[1] ) || '/' !== $value[1] ) ) {
		return untrailingslashit( preg_replace( '#[^A-Za-z0-9/_.~-]#', '', $value ) );
	}
	return untrailingslashit( esc_url_raw( $value, array( 'https', 'http' ) ) );
}

/**
 * The releases shipped in the plugin's `assets/` folder, newest first: each
 * holds the components' files and their SRI hashes (`integrity.json`).
 *
 * @return string[]
 */
function council_components_releases() {
	$found = array();
	foreach ( glob( COUNCIL_COMPONENTS_DIR . '/assets/*/release.json' ) ?: array() as $file ) {
		$found[] = basename( dirname( $file ) );
	}
	usort( $found, 'version_compare' );
	return array_reverse( $found );
}

function council_components_register_settings() {
	register_setting(
		'council_components',
		COUNCIL_COMPONENTS_OPTION,
		array(
			'type'              => 'object',
			'description'       => 'Council Components: delivery, back end and language.',
			'sanitize_callback' => 'council_components_sanitize_settings',
			'default'           => council_components_default_settings(),
			'show_in_rest'      => array(
				'name'   => 'council_components',
				'schema' => array(
					'type'       => 'object',
					'properties' => array(
						'release'             => array( 'type' => 'string' ),
						'delivery'            => array(
							'type' => 'string',
							'enum' => array( 'bundles', 'loader' ),
						),
						'source'              => array(
							'type' => 'string',
							'enum' => array( 'self-hosted', 'cdn' ),
						),
						'cdn_base'            => array( 'type' => 'string' ),
						'endpoint_base'       => array( 'type' => 'string' ),
						'language'            => array(
							'type' => 'string',
							'enum' => array( 'site', 'en', 'cy' ),
						),
						'allow_pasted_markup' => array( 'type' => 'boolean' ),
					),
				),
			),
		)
	);
}
// On `init`, which every request runs (the front end, wp-admin, options.php, the REST API).
add_action( 'init', 'council_components_register_settings' );

function council_components_settings_menu() {
	add_options_page(
		__( 'Council Components', 'council-components' ),
		__( 'Council Components', 'council-components' ),
		'manage_options',
		'council-components',
		'council_components_settings_page'
	);
}
add_action( 'admin_menu', 'council_components_settings_menu' );

/**
 * One radio group, as a fieldset with its legend.
 *
 * @param string               $key      The setting.
 * @param string               $legend   The question.
 * @param array<string,string> $choices  Value → label.
 * @param string               $current  The saved value.
 */
function council_components_radios( $key, $legend, $choices, $current ) {
	echo '<fieldset><legend class="screen-reader-text">' . esc_html( $legend ) . '</legend>';
	foreach ( $choices as $value => $label ) {
		$id = 'council-components-' . $key . '-' . sanitize_key( $value );
		printf(
			'<p><input type="radio" id="%1$s" name="%2$s[%3$s]" value="%4$s"%5$s> <label for="%1$s">%6$s</label></p>',
			esc_attr( $id ),
			esc_attr( COUNCIL_COMPONENTS_OPTION ),
			esc_attr( $key ),
			esc_attr( $value ),
			checked( $current, $value, false ),
			esc_html( $label )
		);
	}
	echo '</fieldset>';
}

function council_components_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$settings = council_components_settings();
	$releases = council_components_releases();
	$name     = COUNCIL_COMPONENTS_OPTION;
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'Council Components', 'council-components' ); ?></h1>
		<p><?php esc_html_e( 'Add a component to a page with its block (Widgets) or its shortcode, such as [council_address_lookup name="home-address" label="What is your home address?" required action="/apply"]. Editors of every role can use them.', 'council-components' ); ?></p>
		<form method="post" action="options.php">
			<?php settings_fields( 'council_components' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="council-components-release"><?php esc_html_e( 'Version', 'council-components' ); ?></label></th>
					<td>
						<select id="council-components-release" name="<?php echo esc_attr( $name ); ?>[release]">
							<?php foreach ( $releases as $release ) : ?>
								<option value="<?php echo esc_attr( $release ); ?>"<?php selected( $settings['release'], $release ); ?>><?php echo esc_html( $release ); ?></option>
							<?php endforeach; ?>
						</select>
						<p class="description"><?php esc_html_e( 'The releases shipped with this plugin. Each script is checked against the hash published with its release.', 'council-components' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'Delivery', 'council-components' ); ?></th>
					<td>
						<?php
						council_components_radios(
							'delivery',
							__( 'Delivery', 'council-components' ),
							array(
								'bundles' => __( 'One script per component, only on pages that use it', 'council-components' ),
								'loader'  => __( 'The loader: one script that fetches the components a page uses', 'council-components' ),
							),
							$settings['delivery']
						);
						?>
					</td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'Scripts served from', 'council-components' ); ?></th>
					<td>
						<?php
						council_components_radios(
							'source',
							__( 'Scripts served from', 'council-components' ),
							array(
								'self-hosted' => __( 'This site (the files shipped inside the plugin)', 'council-components' ),
								'cdn'         => __( 'A CDN, at the address below', 'council-components' ),
							),
							$settings['source']
						);
						?>
						<p><label for="council-components-cdn-base"><?php esc_html_e( 'CDN address of npm packages', 'council-components' ); ?></label><br>
						<input type="url" class="regular-text code" id="council-components-cdn-base" name="<?php echo esc_attr( $name ); ?>[cdn_base]" value="<?php echo esc_attr( $settings['cdn_base'] ); ?>"></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="council-components-endpoint-base"><?php esc_html_e( 'Back end', 'council-components' ); ?></label></th>
					<td>
						<input type="text" class="regular-text code" id="council-components-endpoint-base" aria-describedby="council-components-endpoint-base-hint" name="<?php echo esc_attr( $name ); ?>[endpoint_base]" value="<?php echo esc_attr( $settings['endpoint_base'] ); ?>">
						<p class="description" id="council-components-endpoint-base-hint"><?php esc_html_e( 'Where the council’s back end answers, such as /api (then /api/addresses, /api/collections, /api/payments, /api/booking). Empty: each component’s default on this site. A back end on another origin must list this site in its allowedOrigins; payments must stay on this site’s origin.', 'council-components' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'Language', 'council-components' ); ?></th>
					<td>
						<?php
						council_components_radios(
							'language',
							__( 'Language', 'council-components' ),
							array(
								'site' => __( 'The page’s language (Welsh when the site or page language is Welsh)', 'council-components' ),
								'en'   => __( 'Always English', 'council-components' ),
								'cy'   => __( 'Always Welsh', 'council-components' ),
							),
							$settings['language']
						);
						?>
					</td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'Pasted markup', 'council-components' ); ?></th>
					<td>
						<input type="hidden" name="<?php echo esc_attr( $name ); ?>[allow_pasted_markup]" value="">
						<p><input type="checkbox" id="council-components-allow-pasted-markup" aria-describedby="council-components-allow-pasted-markup-hint" name="<?php echo esc_attr( $name ); ?>[allow_pasted_markup]" value="1"<?php checked( $settings['allow_pasted_markup'] ); ?>>
						<label for="council-components-allow-pasted-markup"><?php esc_html_e( 'Let editors without unfiltered HTML paste component markup', 'council-components' ); ?></label></p>
						<p class="description" id="council-components-allow-pasted-markup-hint"><?php esc_html_e( 'Allows exactly the components’ elements and attributes, and forms, inputs and labels, in posts and pages. Scripts are never allowed: the plugin adds them.', 'council-components' ); ?></p>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
