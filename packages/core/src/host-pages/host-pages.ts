/**
 * What a legacy CMS page does to everything on it. Each rule is one seen on
 * council sites: global resets, `!important` form widths, flex on every div,
 * a 62.5% root font size, button restyles, `:focus { outline: none }`.
 * The font family is left out: components inherit it by design.
 */
export const HOSTILE_CSS = `
html { font-size: 62.5% !important; }
body { font-size: 12px; line-height: 3 !important; letter-spacing: 2px; text-transform: uppercase; color: #ff00ff !important; word-spacing: 8px; }
*, *::before, *::after { box-sizing: content-box !important; margin: 0 !important; padding: 0 !important; }
div { display: flex !important; flex-direction: row-reverse; }
input, select, textarea { width: 100% !important; height: 12px !important; border: none !important; background: #ffff00 !important; font-size: 11px !important; border-radius: 12px; }
label { float: left !important; width: 30% !important; display: inline !important; font-weight: bold !important; }
button, [type="button"] { background: red !important; border-radius: 20px !important; text-transform: lowercase !important; box-shadow: none !important; }
p { margin: 40px !important; color: green !important; }
[hidden] { display: block !important; }
:focus { outline: none !important; }
`;

/** The host page's own font, kept the same with and without the hostile CSS. */
export const HOST_FONT = 'Georgia, serif';

export function addHostStyles(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return style;
}

/**
 * A layout and style fingerprint of a component's contents: each element's
 * box relative to the component, and the computed values that make a GOV.UK
 * form look and behave as it should. Equal fingerprints mean the host page
 * changed nothing that matters.
 */
export function fingerprint(root: Element, container: ParentNode = root): Record<string, Record<string, string>> {
  const origin = root.getBoundingClientRect();
  const properties = [
    'display',
    'float',
    'box-sizing',
    'margin-bottom',
    'padding-left',
    'border-top-width',
    'border-top-style',
    'border-radius',
    'background-color',
    'color',
    'font-size',
    'font-weight',
    'line-height',
    'letter-spacing',
    'text-transform',
    'outline-style',
  ];
  const result: Record<string, Record<string, string>> = {};
  for (const [name, selector] of Object.entries({
    group: '.ccuk-form-group',
    label: '.ccuk-label',
    hint: '.ccuk-hint',
    input: 'input',
    button: 'button',
  })) {
    const element = container.querySelector(selector);
    if (!element) continue;
    const box = element.getBoundingClientRect();
    const computed = getComputedStyle(element);
    result[name] = {
      box: [box.left - origin.left, box.top - origin.top, box.width, box.height].map((n) => n.toFixed(1)).join(','),
      ...Object.fromEntries(properties.map((property) => [property, computed.getPropertyValue(property)])),
    };
  }
  return result;
}
