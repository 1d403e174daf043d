<?php
/**
 * Plugin Name:       Practice widgets
 * Description:       Shows a catalogue of good practices in digital education from a JSON feed: shortcodes and a block for the practice widgets, usable by any author.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       practice-widgets
 * Domain Path:       /languages
 *
 * @package PracticeWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'PRACTICE_WIDGETS_VERSION', '0.1.0' );
define( 'PRACTICE_WIDGETS_FILE', __FILE__ );
define( 'PRACTICE_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );

require_once PRACTICE_WIDGETS_DIR . 'includes/languages.php';
require_once PRACTICE_WIDGETS_DIR . 'includes/elements.php';
require_once PRACTICE_WIDGETS_DIR . 'includes/assets.php';
require_once PRACTICE_WIDGETS_DIR . 'includes/shortcodes.php';
require_once PRACTICE_WIDGETS_DIR . 'includes/block.php';
require_once PRACTICE_WIDGETS_DIR . 'includes/settings.php';
