<?php
/**
 * The plugin's own translations (Spanish, Portuguese, French), for every regional variant of
 * those languages: WordPress looks for a file per locale (es_PE, es_MX, pt_BR, fr_CA…), and
 * the plugin ships one per language.
 *
 * @package PracticeWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The language part of the current locale when the plugin has a translation for it.
 *
 * @param string $locale A WordPress locale, e.g. 'es_PE'.
 * @return string The language ('es'), or the locale unchanged.
 */
function practice_widgets_translation_language( $locale ) {
	$language = strtolower( (string) strtok( (string) $locale, '_' ) );
	if ( file_exists( PRACTICE_WIDGETS_DIR . 'languages/practice-widgets-' . $language . '.mo' ) ) {
		return $language;
	}
	return $locale;
}

/**
 * Makes WordPress read the plugin's translation by language for its text domain.
 *
 * @param string $locale The locale WordPress is about to load.
 * @param string $domain The text domain.
 * @return string
 */
function practice_widgets_plugin_locale( $locale, $domain ) {
	return 'practice-widgets' === $domain ? practice_widgets_translation_language( $locale ) : $locale;
}
add_filter( 'plugin_locale', 'practice_widgets_plugin_locale', 10, 2 );

/**
 * Loads the translations before the block and the shortcodes are registered.
 */
function practice_widgets_load_textdomain() {
	load_plugin_textdomain( 'practice-widgets', false, dirname( plugin_basename( PRACTICE_WIDGETS_FILE ) ) . '/languages' );
}
add_action( 'init', 'practice_widgets_load_textdomain', 0 );

/**
 * Points the block editor's script at the plugin's translation for the editor's language.
 *
 * @param string|false $file   The file WordPress is about to read.
 * @param string       $handle The script's handle.
 * @param string       $domain The text domain.
 * @return string|false
 */
function practice_widgets_script_translation_file( $file, $handle, $domain ) {
	if ( 'practice-widgets' !== $domain ) {
		return $file;
	}
	$language = practice_widgets_translation_language( determine_locale() );
	$ours     = PRACTICE_WIDGETS_DIR . 'languages/practice-widgets-' . $language . '-' . $handle . '.json';
	return is_readable( $ours ) ? $ours : $file;
}
add_filter( 'load_script_translation_file', 'practice_widgets_script_translation_file', 10, 3 );
