<?php
/**
 * One shortcode per element: [practice_catalog src="…" lang="es" country="PE"], and the
 * enclosing [practice_feed …]…[/practice_feed] whose content may hold the others. Shortcode
 * attributes are the element's HTML attribute names; a boolean is written `sync-url="1"` (or
 * bare: `[practice_catalog without-map]`).
 *
 * A shortcode is plain text, so it survives the filters WordPress applies to what an Author or
 * Contributor saves, where a <script> tag or an <iframe> would be removed.
 *
 * @package PracticeWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * How deep the shortcode being rendered is inside [practice_feed], so that its children read
 * its feed rather than the site's default one.
 *
 * @param int $change +1 on entering a [practice_feed], -1 on leaving it, 0 to read.
 * @return int
 */
function practice_widgets_feed_depth( $change = 0 ) {
	static $depth = 0;
	$depth += $change;
	return $depth;
}

/**
 * Turns a shortcode's attributes into the element's attributes: names as WordPress parsed them
 * (lower case), bare words (`without-map`) as switched-on booleans, everything else dropped.
 *
 * @param string       $tag       The element tag.
 * @param array|string $atts      The attributes WordPress parsed ('' when there are none).
 * @param string       $shortcode The shortcode's name, for the shortcode_atts_{name} filter.
 * @return array<string, mixed>
 */
function practice_widgets_shortcode_attributes( $tag, $atts, $shortcode ) {
	$atts     = is_array( $atts ) ? $atts : array();
	$known    = practice_widgets_elements()[ $tag ];
	$supplied = array();
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			$word = strtolower( (string) $value );
			if ( isset( $known[ $word ] ) && 'boolean' === $known[ $word ] ) {
				$supplied[ $word ] = '1';
			}
			continue;
		}
		$supplied[ $key ] = $value;
	}
	return shortcode_atts( array_fill_keys( array_keys( $known ), null ), $supplied, $shortcode );
}

/**
 * Renders [practice_feed]: the element with its enclosed shortcodes rendered inside it.
 *
 * @param array|string $atts    The shortcode's attributes.
 * @param string|null  $content What the shortcode encloses.
 * @return string
 */
function practice_widgets_feed_shortcode( $atts, $content = null ) {
	$attributes = practice_widgets_shortcode_attributes( 'practice-feed', $atts, 'practice_feed' );
	practice_widgets_feed_depth( 1 );
	$inner = do_shortcode( (string) $content );
	practice_widgets_feed_depth( -1 );
	return practice_widgets_element_html( 'practice-feed', $attributes, $inner );
}

/**
 * Renders the shortcode of one display element: [practice_catalog], [practice_card], ….
 *
 * @param array|string $atts      The shortcode's attributes.
 * @param string|null  $content   What the shortcode encloses: a fallback for readers whose browser
 *                                cannot run the widgets (the configurator writes a link to the
 *                                feed's site). The element hides it once it runs.
 * @param string       $shortcode The shortcode's name.
 * @return string
 */
function practice_widgets_element_shortcode( $atts, $content, $shortcode ) {
	$tag        = str_replace( '_', '-', $shortcode );
	$attributes = practice_widgets_shortcode_attributes( $tag, $atts, $shortcode );
	$in_feed    = practice_widgets_feed_depth() > 0;
	$fallback   = wp_kses_post( trim( (string) $content ) );
	return practice_widgets_element_html( $tag, $attributes, $fallback, $in_feed );
}

/**
 * Registers the shortcodes.
 */
function practice_widgets_register_shortcodes() {
	foreach ( practice_widgets_shortcode_names() as $name ) {
		if ( 'practice_feed' === $name ) {
			add_shortcode( $name, 'practice_widgets_feed_shortcode' );
		} else {
			add_shortcode( $name, 'practice_widgets_element_shortcode' );
		}
	}
}
add_action( 'init', 'practice_widgets_register_shortcodes' );
