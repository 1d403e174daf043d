<?php
/**
 * The editor script's dependencies: WordPress's own globals, so no build step is needed.
 *
 * @package PracticeWidgets
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n', 'practice-widgets' ),
	'version'      => '0.1.0',
);
