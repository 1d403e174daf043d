<?php
/**
 * The library's CDN build, shipped inside the plugin and loaded only on pages that show a widget.
 *
 * @package PracticeWidgets
 */

defined( 'ABSPATH' ) || exit;

const PRACTICE_WIDGETS_SCRIPT = 'practice-widgets';
const PRACTICE_WIDGETS_STYLE  = 'practice-widgets';

/**
 * The shortcodes the plugin registers, one per element.
 *
 * @return string[]
 */
function practice_widgets_shortcode_names() {
	return array(
		'practice_feed',
		'practice_catalog',
		'practice_card',
		'practice_list',
		'practice_filters',
		'practice_map',
		'practice_stats',
	);
}

/**
 * Registers the bundle and its page stylesheet without loading them. The stylesheet gives each
 * widget, before the bundle has run, the room its loading state takes, so that the text after
 * a widget does not jump when the bundle arrives.
 */
function practice_widgets_register_assets() {
	$base = plugins_url( 'cdn/', PRACTICE_WIDGETS_FILE );
	wp_register_script( PRACTICE_WIDGETS_SCRIPT, $base . 'practice-widgets.js', array(), PRACTICE_WIDGETS_VERSION, true );
	wp_register_style( PRACTICE_WIDGETS_STYLE, $base . 'practice-widgets.css', array(), PRACTICE_WIDGETS_VERSION );
}
add_action( 'init', 'practice_widgets_register_assets' );

/**
 * Loads the bundle and its stylesheet on the current page. Called by every shortcode and by the
 * block's render, so a page without a widget loads nothing; when called after the head is
 * printed, WordPress prints both in the footer (the stylesheet then reserves nothing: see
 * practice_widgets_enqueue_early()).
 */
function practice_widgets_enqueue() {
	wp_enqueue_script( PRACTICE_WIDGETS_SCRIPT );
	wp_enqueue_style( PRACTICE_WIDGETS_STYLE );
}

/**
 * On a single post or page whose content has a widget, loads the stylesheet in the head, where
 * it reserves the widgets' space before the bundle runs. Other pages (archives, widgets areas)
 * still get everything from the shortcode or block itself.
 */
function practice_widgets_enqueue_early() {
	if ( ! is_singular() ) {
		return;
	}
	$post = get_post();
	if ( ! $post ) {
		return;
	}
	$uses = has_block( 'practice-widgets/widget', $post );
	foreach ( practice_widgets_shortcode_names() as $name ) {
		$uses = $uses || has_shortcode( $post->post_content, $name );
	}
	if ( $uses ) {
		practice_widgets_enqueue();
	}
}
add_action( 'wp_enqueue_scripts', 'practice_widgets_enqueue_early' );

/**
 * The bundle is an ES module: its lazy parts (map, languages) are imported relative to it.
 *
 * @param string $tag    The script tag WordPress built.
 * @param string $handle The script's handle.
 * @return string
 */
function practice_widgets_module_type( $tag, $handle ) {
	if ( PRACTICE_WIDGETS_SCRIPT !== $handle ) {
		return $tag;
	}
	// Themes without HTML5 script support get type='text/javascript', which would run the
	// module as a classic script.
	$tag = preg_replace( '/\stype=([\'"])text\/javascript\1/', '', $tag );
	return preg_replace( '/<script\b/', '<script type="module"', $tag, 1 );
}
add_filter( 'script_loader_tag', 'practice_widgets_module_type', 10, 2 );
