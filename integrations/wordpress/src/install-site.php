<?php
/**
 * Installs one test site from the command line (the tests' `wordpress-on-debian.ts`), as wp-admin/install.php
 * would, and adds an editor and an author. Prints each user's login, password and a new application password as
 * JSON. Debian's wp-config.php picks the site's config file from WORDPRESS_CONFIG.
 */

$_SERVER['WORDPRESS_CONFIG'] = getenv( 'WORDPRESS_CONFIG' );
$url                         = getenv( 'COUNCIL_SITE_URL' );
$_SERVER['HTTP_HOST']        = parse_url( $url, PHP_URL_HOST ) . ':' . parse_url( $url, PHP_URL_PORT );
$_SERVER['REQUEST_URI']      = '/';
$language                    = (string) getenv( 'COUNCIL_SITE_LANGUAGE' );

define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$users = array();
$password = function () {
	return wp_generate_password( 20, false );
};

$users['administrator'] = array( 'login' => 'council-admin', 'password' => $password() );
$result = wp_install( 'Test Council', 'council-admin', 'admin@council.example', false, '', $users['administrator']['password'], $language );
if ( is_wp_error( $result ) ) {
	fwrite( STDERR, $result->get_error_message() . "\n" );
	exit( 1 );
}
if ( '' !== $language ) {
	update_option( 'WPLANG', $language );
}

foreach ( array( 'editor', 'author' ) as $role ) {
	$users[ $role ] = array( 'login' => 'council-' . $role, 'password' => $password() );
	$id = wp_insert_user(
		array(
			'user_login' => $users[ $role ]['login'],
			'user_pass'  => $users[ $role ]['password'],
			'user_email' => $role . '@council.example',
			'role'       => $role,
		)
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() . "\n" );
		exit( 1 );
	}
}

foreach ( $users as $role => $user ) {
	$account = get_user_by( 'login', $user['login'] );
	$created = WP_Application_Passwords::create_new_application_password( $account->ID, array( 'name' => 'council-components-tests' ) );
	if ( is_wp_error( $created ) ) {
		fwrite( STDERR, $created->get_error_message() . "\n" );
		exit( 1 );
	}
	$users[ $role ]['applicationPassword'] = $created[0];
}

echo wp_json_encode( $users ), "\n";
