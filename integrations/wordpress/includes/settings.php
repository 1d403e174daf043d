<?php
/**
 * Settings → Practice widgets: the site-wide feed address, used by every shortcode and block
 * that does not name its own.
 *
 * @package PracticeWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Keeps the feed address only when the widgets may load it; otherwise keeps the old value and
 * tells the administrator why.
 *
 * @param mixed $value The submitted address.
 * @return string
 */
function practice_widgets_sanitize_default_src( $value ) {
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return '';
	}
	$clean = practice_widgets_clean_src( $value );
	if ( '' === $clean ) {
		add_settings_error(
			'practice_widgets_default_src',
			'practice-widgets-invalid-src',
			__( 'The feed address must start with http:// or https://, or be a path from the site root such as /feeds/practices.json.', 'practice-widgets' )
		);
		return practice_widgets_default_src();
	}
	return $clean;
}

/**
 * Registers the setting, its section and its field.
 */
function practice_widgets_register_settings() {
	register_setting(
		'practice_widgets',
		'practice_widgets_default_src',
		array(
			'type'              => 'string',
			'default'           => '',
			'sanitize_callback' => 'practice_widgets_sanitize_default_src',
		)
	);

	add_settings_section(
		'practice_widgets_feed',
		__( 'Feed', 'practice-widgets' ),
		'__return_false',
		'practice-widgets'
	);

	add_settings_field(
		'practice_widgets_default_src',
		__( 'Default feed address', 'practice-widgets' ),
		'practice_widgets_render_default_src_field',
		'practice-widgets',
		'practice_widgets_feed',
		array( 'label_for' => 'practice_widgets_default_src' )
	);
}
add_action( 'admin_init', 'practice_widgets_register_settings' );

/**
 * Prints the address field.
 */
function practice_widgets_render_default_src_field() {
	printf(
		'<input type="url" class="regular-text code" id="practice_widgets_default_src" name="practice_widgets_default_src" value="%s" placeholder="https://example.org/practices.json" />',
		esc_attr( practice_widgets_default_src() )
	);
	printf(
		'<p class="description">%s</p>',
		esc_html__( 'Used by every practice shortcode and block that has no feed address of its own. The feed\'s server must allow this site to read it (CORS) when it is on another host.', 'practice-widgets' )
	);
}

/**
 * Adds the page under Settings.
 */
function practice_widgets_add_settings_page() {
	add_options_page(
		__( 'Practice widgets', 'practice-widgets' ),
		__( 'Practice widgets', 'practice-widgets' ),
		'manage_options',
		'practice-widgets',
		'practice_widgets_render_settings_page'
	);
}
add_action( 'admin_menu', 'practice_widgets_add_settings_page' );

/**
 * Prints the settings page.
 */
function practice_widgets_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<form action="options.php" method="post">
			<?php
			settings_fields( 'practice_widgets' );
			do_settings_sections( 'practice-widgets' );
			submit_button();
			?>
		</form>
		<h2><?php esc_html_e( 'Shortcodes', 'practice-widgets' ); ?></h2>
		<p><?php esc_html_e( 'Any author can place a widget with a shortcode or with the "Practice widget" block. For example:', 'practice-widgets' ); ?></p>
		<p><code>[practice_catalog lang="es" country="PE" level="secondary"]</code></p>
		<p><code>[practice_card practice-id="digital-seed" layout="compact"]</code></p>
	</div>
	<?php
}
