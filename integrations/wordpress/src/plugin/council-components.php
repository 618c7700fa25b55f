<?php
/**
 * Plugin Name:       Council Components
 * Description:       GOV.UK-style address lookup, bin collections, payment and booking for council websites, as blocks and shortcodes any editor can use. English and Welsh.
 * Version:           0.0.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Council Components
 * License:           MIT
 * Text Domain:       council-components
 *
 * @package CouncilComponents
 */

defined( 'ABSPATH' ) || exit;

define( 'COUNCIL_COMPONENTS_VERSION', '0.0.0' );
define( 'COUNCIL_COMPONENTS_FILE', __FILE__ );
define( 'COUNCIL_COMPONENTS_DIR', __DIR__ );

require_once __DIR__ . '/includes/components.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/markup.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/kses.php';
