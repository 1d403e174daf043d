/**
 * The "Practice widget" block in the editor: its settings in the sidebar and the widget itself as
 * the preview, drawn by the same bundle the published page loads. Plain script over WordPress's
 * globals, so the plugin needs no build step. The published page is rendered on the server
 * (includes/block.php), so the block saves no markup of its own.
 */
(function (blocks, blockEditor, components, element, i18n) {
  const el = element.createElement;
  const { __ } = i18n;
  const { InspectorControls, useBlockProps } = blockEditor;
  const { PanelBody, SelectControl, TextControl, ToggleControl, Notice } = components;
  const site = window.practiceWidgetsBlock || { defaultSrc: '', settingsUrl: '' };

  const WIDGETS = [
    { value: 'catalog', label: __('Whole catalogue', 'practice-widgets') },
    { value: 'list', label: __('List', 'practice-widgets') },
    { value: 'map', label: __('Map', 'practice-widgets') },
    { value: 'stats', label: __('Figures', 'practice-widgets') },
    { value: 'filters', label: __('Filters', 'practice-widgets') },
    { value: 'card', label: __('One practice', 'practice-widgets') },
  ];

  const any = { value: '', label: __('Any', 'practice-widgets') };
  const LANGUAGES = [
    { value: '', label: __("The page's language", 'practice-widgets') },
    { value: 'es', label: 'Español' },
    { value: 'en', label: 'English' },
    { value: 'pt', label: 'Português' },
    { value: 'fr', label: 'Français' },
  ];
  const THEMES = [
    { value: '', label: __('Light', 'practice-widgets') },
    { value: 'dark', label: __('Dark', 'practice-widgets') },
    { value: 'auto', label: __("The reader's system setting", 'practice-widgets') },
  ];
  const SETTINGS = [
    any,
    { value: 'urban', label: __('Urban', 'practice-widgets') },
    { value: 'rural', label: __('Rural', 'practice-widgets') },
    { value: 'both', label: __('Urban and rural', 'practice-widgets') },
  ];
  const LEVELS = [
    any,
    { value: 'early-childhood', label: __('Early childhood', 'practice-widgets') },
    { value: 'primary', label: __('Primary', 'practice-widgets') },
    { value: 'secondary', label: __('Secondary', 'practice-widgets') },
    { value: 'higher', label: __('Higher education', 'practice-widgets') },
    { value: 'adult', label: __('Adult education', 'practice-widgets') },
    { value: 'non-formal', label: __('Non-formal education', 'practice-widgets') },
  ];
  const OBJECTIVES = [
    any,
    { value: 'digital-skills', label: __('Digital skills', 'practice-widgets') },
    { value: 'curriculum-enrichment', label: __('Curriculum enrichment', 'practice-widgets') },
    { value: 'inclusive-education', label: __('Inclusive education', 'practice-widgets') },
    { value: 'teacher-training', label: __('Teacher training', 'practice-widgets') },
    { value: 'personalized-learning', label: __('Personalized learning', 'practice-widgets') },
    { value: 'digital-citizenship', label: __('Digital citizenship', 'practice-widgets') },
  ];
  const LAYOUTS = [
    { value: '', label: __('Full', 'practice-widgets') },
    { value: 'compact', label: __('Compact', 'practice-widgets') },
  ];
  const SORTS = [
    { value: '', label: __('Title', 'practice-widgets') },
    { value: 'country', label: __('Country', 'practice-widgets') },
    { value: 'year', label: __('Year', 'practice-widgets') },
  ];

  /** Block attribute => the element's attribute, as includes/block.php maps them. */
  const ATTRIBUTE_NAMES = {
    src: 'src',
    lang: 'lang',
    theme: 'theme',
    country: 'country',
    setting: 'setting',
    level: 'level',
    objective: 'objective',
    q: 'q',
    practiceId: 'practice-id',
    layout: 'layout',
    facets: 'facets',
    pageSize: 'page-size',
    sort: 'sort',
    syncUrl: 'sync-url',
    withoutFilters: 'without-filters',
    withoutMap: 'without-map',
    withoutStats: 'without-stats',
    withoutList: 'without-list',
  };

  /** Which settings each widget takes, beyond the feed, language, theme and scope. */
  const TAKES = {
    catalog: ['facets', 'pageSize', 'syncUrl', 'without'],
    list: ['pageSize', 'sort'],
    map: [],
    stats: ['facets'],
    filters: ['facets'],
    card: ['practiceId', 'layout'],
  };

  /**
   * The preview element's attributes. A switched-off boolean is left out: React writes `false`
   * on a custom element as the text "false", which the element would read as present.
   */
  function previewAttributes(attributes) {
    const result = {};
    for (const [name, attribute] of Object.entries(ATTRIBUTE_NAMES)) {
      const value = attributes[name];
      if (value === true) result[attribute] = '';
      else if (typeof value === 'string' && value.trim() !== '') result[attribute] = value.trim();
    }
    if (!result.src && site.defaultSrc) result.src = site.defaultSrc;
    // Inside the editor the view's state stays out of the address bar.
    delete result['sync-url'];
    return result;
  }

  function Edit({ attributes, setAttributes }) {
    const blockProps = useBlockProps();
    const takes = TAKES[attributes.widget] || [];
    const set = (name) => (value) => setAttributes({ [name]: value });
    const text = (name, label, help) =>
      el(TextControl, { label, help, value: attributes[name], onChange: set(name) });
    const select = (name, label, options) =>
      el(SelectControl, { label, options, value: attributes[name], onChange: set(name) });
    const toggle = (name, label) =>
      el(ToggleControl, { label, checked: attributes[name], onChange: set(name) });

    const noFeed = !attributes.src.trim() && !site.defaultSrc;

    return el(
      element.Fragment,
      null,
      el(
        InspectorControls,
        null,
        el(
          PanelBody,
          { title: __('Widget', 'practice-widgets') },
          select('widget', __('Show', 'practice-widgets'), WIDGETS),
          text(
            'src',
            __('Feed address', 'practice-widgets'),
            site.defaultSrc
              ? __("Leave empty to use the site's feed.", 'practice-widgets')
              : __('An http(s) address, or a path from the site root.', 'practice-widgets'),
          ),
          select('lang', __('Language', 'practice-widgets'), LANGUAGES),
          select('theme', __('Colours', 'practice-widgets'), THEMES),
          takes.includes('practiceId') &&
            text(
              'practiceId',
              __('Practice id', 'practice-widgets'),
              __('As in the feed, e.g. digital-seed.', 'practice-widgets'),
            ),
          takes.includes('practiceId') &&
            select('layout', __('Layout', 'practice-widgets'), LAYOUTS),
        ),
        el(
          PanelBody,
          { title: __('Which practices', 'practice-widgets'), initialOpen: false },
          text(
            'country',
            __('Countries', 'practice-widgets'),
            __('Two-letter codes separated by commas, e.g. PE,BO.', 'practice-widgets'),
          ),
          select('setting', __('Setting', 'practice-widgets'), SETTINGS),
          select('level', __('Level', 'practice-widgets'), LEVELS),
          select('objective', __('Objective', 'practice-widgets'), OBJECTIVES),
          text('q', __('Words to search for', 'practice-widgets')),
        ),
        takes.length > 0 &&
          !takes.includes('practiceId') &&
          el(
            PanelBody,
            { title: __('Display', 'practice-widgets'), initialOpen: false },
            takes.includes('facets') &&
              text(
                'facets',
                __('Facets', 'practice-widgets'),
                __('Comma-separated: country, setting, level, objective.', 'practice-widgets'),
              ),
            takes.includes('pageSize') &&
              text('pageSize', __('Practices per page', 'practice-widgets')),
            takes.includes('sort') && select('sort', __('Order', 'practice-widgets'), SORTS),
            takes.includes('without') &&
              toggle('withoutFilters', __('Without filters', 'practice-widgets')),
            takes.includes('without') &&
              toggle('withoutMap', __('Without map', 'practice-widgets')),
            takes.includes('without') &&
              toggle('withoutStats', __('Without figures', 'practice-widgets')),
            takes.includes('without') &&
              toggle('withoutList', __('Without list', 'practice-widgets')),
            takes.includes('syncUrl') &&
              toggle(
                'syncUrl',
                __("Keep the reader's choices in the page address", 'practice-widgets'),
              ),
          ),
      ),
      el(
        'div',
        blockProps,
        noFeed &&
          el(
            Notice,
            { status: 'warning', isDismissible: false },
            site.settingsUrl
              ? __(
                  'Set a feed address in the block settings, or a site-wide one under Settings → Practice widgets.',
                  'practice-widgets',
                )
              : __('Set a feed address in the block settings.', 'practice-widgets'),
          ),
        el('practice-' + attributes.widget, previewAttributes(attributes)),
      ),
    );
  }

  blocks.registerBlockType('practice-widgets/widget', {
    edit: Edit,
    save: () => null,
  });
})(
  window.wp.blocks,
  window.wp.blockEditor,
  window.wp.components,
  window.wp.element,
  window.wp.i18n,
);
