<?php
/**
 * The "Practice widget" block: a dynamic block, rendered on the server by the same code as the
 * shortcodes, with the widget's choices as block settings and a live preview in the editor.
 *
 * @package PracticeWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Block attribute => element attribute, for the names that differ.
 *
 * @return array<string, string>
 */
function practice_widgets_block_attribute_names() {
	return array(
		'practiceId'     => 'practice-id',
		'pageSize'       => 'page-size',
		'syncUrl'        => 'sync-url',
		'withoutFilters' => 'without-filters',
		'withoutMap'     => 'without-map',
		'withoutStats'   => 'without-stats',
		'withoutList'    => 'without-list',
	);
}

/**
 * Renders the block on the published page.
 *
 * @param array<string, mixed> $block_attributes The block's saved attributes.
 * @return string
 */
function practice_widgets_render_block( $block_attributes ) {
	$widget = isset( $block_attributes['widget'] ) ? (string) $block_attributes['widget'] : 'catalog';
	$tag    = 'practice-' . $widget;
	if ( 'practice-feed' === $tag || ! isset( practice_widgets_elements()[ $tag ] ) ) {
		return '';
	}

	$renames    = practice_widgets_block_attribute_names();
	$attributes = array();
	foreach ( $block_attributes as $name => $value ) {
		$attributes[ isset( $renames[ $name ] ) ? $renames[ $name ] : $name ] = $value;
	}

	return sprintf(
		'<div %1$s>%2$s</div>',
		get_block_wrapper_attributes(),
		practice_widgets_element_html( $tag, $attributes )
	);
}

/**
 * Registers the block from its block.json, and hands the editor's preview the site's default
 * feed address.
 */
function practice_widgets_register_block() {
	register_block_type(
		PRACTICE_WIDGETS_DIR . 'block',
		array( 'render_callback' => 'practice_widgets_render_block' )
	);

	$handle = generate_block_asset_handle( 'practice-widgets/widget', 'editorScript' );
	wp_add_inline_script(
		$handle,
		'window.practiceWidgetsBlock = ' . wp_json_encode(
			array(
				'defaultSrc'  => practice_widgets_default_src(),
				'settingsUrl' => current_user_can( 'manage_options' ) ? admin_url( 'options-general.php?page=practice-widgets' ) : '',
			)
		) . ';',
		'before'
	);
	wp_set_script_translations( $handle, 'practice-widgets', PRACTICE_WIDGETS_DIR . 'languages' );
}
add_action( 'init', 'practice_widgets_register_block', 20 );
