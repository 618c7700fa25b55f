<?php
/**
 * Removing the plugin removes its one setting; pages keep their shortcodes and blocks as text.
 *
 * @package CouncilComponents
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'council_components' );
