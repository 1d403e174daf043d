<?php
/**
 * The practice widgets' HTML interface as the plugin writes it: which element takes which
 * attribute, and how one element's tag is built from editor-supplied values.
 *
 * Shortcodes and the block both end here, so what an author types reaches the page only through
 * these allow-lists and WordPress's escaping functions.
 *
 * @package PracticeWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The attributes of each element, as in the library's docs/elements/. Values are the attribute's kind:
 * 'url' (an http(s) address or a path from the site's root), 'text', or 'boolean' (present or
 * absent; written `sync-url="1"` in a shortcode).
 *
 * @return array<string, array<string, string>> Element tag => attribute name => kind.
 */
function practice_widgets_elements() {
	$display = array(
		'src'       => 'url',
		'lang'      => 'text',
		'theme'     => 'text',
		'country'   => 'text',
		'setting'   => 'text',
		'level'     => 'text',
		'objective' => 'text',
		'q'         => 'text',
		'cache'     => 'text',
	);

	return array(
		'practice-feed'     => $display + array(
			'timeout'  => 'text',
			'sync-url' => 'boolean',
		),
		'practice-catalog'  => $display + array(
			'timeout'         => 'text',
			'sync-url'        => 'boolean',
			'facets'          => 'text',
			'page-size'       => 'text',
			'without-header'  => 'boolean',
			'without-filters' => 'boolean',
			'without-map'     => 'boolean',
			'without-stats'   => 'boolean',
			'without-list'    => 'boolean',
		),
		'practice-card'     => $display + array(
			'practice-id'   => 'text',
			'layout'        => 'text',
			'heading-level' => 'text',
		),
		'practice-list'     => $display + array(
			'page-size' => 'text',
			'sort'      => 'text',
		),
		'practice-filters'  => $display + array(
			'facets' => 'text',
		),
		'practice-map'      => $display + array(
			'view' => 'text',
		),
		'practice-stats'    => $display + array(
			'facets'        => 'text',
			'heading-level' => 'text',
		),
	);
}

/**
 * The site-wide feed address set on the settings page, or '' when none is set.
 *
 * @return string
 */
function practice_widgets_default_src() {
	return (string) get_option( 'practice_widgets_default_src', '' );
}

/**
 * Keeps an address only when it is http(s) or a path from the site's root ('/feeds/x.json').
 * A relative path would depend on the permalink of the page it lands on, so it is refused.
 *
 * @param string $value The address as written by an editor.
 * @return string The address, or '' when it is not one the widgets may load.
 */
function practice_widgets_clean_src( $value ) {
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return '';
	}
	if ( '/' === $value[0] && '/' !== substr( $value, 1, 1 ) ) {
		return $value;
	}
	$scheme = strtolower( (string) wp_parse_url( $value, PHP_URL_SCHEME ) );
	if ( ! in_array( $scheme, array( 'http', 'https' ), true ) ) {
		return '';
	}
	return (string) esc_url_raw( $value, array( 'http', 'https' ) );
}

/**
 * Whether a boolean attribute's value means "on": `sync-url="1"`, `="true"`, `="yes"`, or the
 * attribute written bare (`[practice_catalog without-map]`).
 *
 * @param mixed $value The value from a shortcode or a block.
 * @return bool
 */
function practice_widgets_is_on( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	return in_array( strtolower( trim( (string) $value ) ), array( '1', 'true', 'yes', 'on', '' ), true );
}

/**
 * Builds one element's opening and closing tags from editor-supplied attributes. Unknown
 * attributes are dropped, empty ones left out, every value escaped with esc_attr() (esc_url()
 * for addresses). A missing src takes the site's default feed, except inside a
 * <practice-feed>, whose children read its feed.
 *
 * @param string               $tag        An element tag from practice_widgets_elements().
 * @param array<string, mixed> $attributes Attribute name => value.
 * @param string               $inner      Already-rendered content (a practice-feed's children).
 * @param bool                 $in_feed    Whether the element sits inside a practice-feed.
 * @return string The element's HTML, or '' for an unknown tag.
 */
function practice_widgets_element_html( $tag, $attributes, $inner = '', $in_feed = false ) {
	$elements = practice_widgets_elements();
	if ( ! isset( $elements[ $tag ] ) ) {
		return '';
	}

	$known = $elements[ $tag ];
	if ( ! $in_feed && ( ! isset( $attributes['src'] ) || '' === trim( (string) $attributes['src'] ) ) ) {
		$attributes['src'] = practice_widgets_default_src();
	}

	$html = '<' . $tag;
	foreach ( $known as $name => $kind ) {
		if ( ! array_key_exists( $name, $attributes ) || null === $attributes[ $name ] ) {
			continue;
		}
		$value = $attributes[ $name ];
		if ( 'boolean' === $kind ) {
			if ( practice_widgets_is_on( $value ) ) {
				$html .= ' ' . $name;
			}
			continue;
		}
		if ( 'url' === $kind ) {
			$value = practice_widgets_clean_src( $value );
			if ( '' !== $value ) {
				$html .= ' ' . $name . '="' . esc_url( $value, array( 'http', 'https' ) ) . '"';
			}
			continue;
		}
		$value = trim( (string) $value );
		if ( '' !== $value ) {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}

	practice_widgets_enqueue();
	return $html . '>' . $inner . '</' . $tag . '>';
}
