/**
 * The block editor's side of the plugin's blocks: no build step, WordPress's
 * own packages only. Each block is rendered on the server; here, the editor
 * shows what it is and its attributes as controls in the sidebar. The
 * definitions (titles, attributes, controls) come from PHP, so the two never
 * disagree.
 */
(function (wp, definitions) {
  'use strict';
  var el = wp.element.createElement;
  var blockEditor = wp.blockEditor;
  var components = wp.components;
  var __ = wp.i18n.__;

  function control(definition, props) {
    var value = props.attributes[definition.name];
    var set = function (next) {
      var change = {};
      change[definition.name] = next;
      props.setAttributes(change);
    };
    if (definition.kind === 'flag') {
      return el(components.ToggleControl, {
        key: definition.name,
        label: definition.label,
        checked: value === true,
        onChange: set,
      });
    }
    var Field = definition.kind === 'html' ? components.TextareaControl : components.TextControl;
    return el(Field, {
      key: definition.name,
      label: definition.label,
      value: typeof value === 'string' ? value : '',
      onChange: set,
    });
  }

  function summary(definition, attributes) {
    var parts = [];
    definition.controls.forEach(function (item) {
      var value = attributes[item.name];
      if (value === true) parts.push(item.name);
      else if (typeof value === 'string' && value !== '' && item.kind !== 'html') parts.push(item.name + ': ' + value);
    });
    return parts.length > 0 ? parts.join(' · ') : __('Set it up in the block’s settings.', 'council-components');
  }

  definitions.forEach(function (definition) {
    wp.blocks.registerBlockType(definition.name, {
      apiVersion: 2,
      title: definition.title,
      description: definition.description,
      category: 'widgets',
      icon: definition.icon,
      attributes: definition.attributes,
      supports: { html: false },
      edit: function (props) {
        return el(
          wp.element.Fragment,
          null,
          el(
            blockEditor.InspectorControls,
            null,
            el(
              components.PanelBody,
              { title: __('Settings', 'council-components') },
              definition.controls.map(function (item) {
                return control(item, props);
              }),
            ),
          ),
          el(
            'div',
            blockEditor.useBlockProps(),
            el(components.Placeholder, {
              icon: definition.icon,
              label: definition.title,
              instructions: summary(definition, props.attributes),
            }),
          ),
        );
      },
      save: function () {
        return null;
      },
    });
  });
})(window.wp, window.councilComponentsBlocks || []);
