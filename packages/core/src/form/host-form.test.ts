import { describe, expect, it } from 'vitest';
import { hostFormOf, keepFormOwners } from './host-form.js';

/** A page as the HTML parser builds it (in a frame), where a form opened inside a table is closed at once. */
async function parse(html: string): Promise<Document> {
  const frame = document.body.appendChild(document.createElement('iframe'));
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><body>${html}`;
  await loaded;
  return frame.contentDocument as Document;
}

describe('the form an answer belongs to', () => {
  it('is the `form` attribute’s, else the ancestor, else the form the author’s fields inside belong to, else the table’s', async () => {
    const page = await parse(`<form id="a"><div id="in-a"><input name="x"></div></form>
      <form id="b"></form><div id="by-attribute" form="b"></div>
      <table><form id="c"><tr><td><div id="in-table"><p>Text</p><input name="line-1"></div></td></tr></form></table>
      <table><tr><form id="d"><td><div id="in-row"></div></td></form></tr></table>
      <table><tr><td><form id="e"><input></form><div id="beside-a-form"></div></td></tr></table>
      <div id="nowhere"><input name="y"></div>`);
    const byId = (id: string) => page.getElementById(id) as HTMLElement;
    expect(hostFormOf(byId('in-a'))?.id).toBe('a');
    expect(hostFormOf(byId('by-attribute'))?.id).toBe('b');
    // The parser closed form c at once: the element is in no form, but its field belongs to c.
    expect(byId('in-table').closest('form')).toBeNull();
    expect(hostFormOf(byId('in-table'))?.id).toBe('c');
    // With no fields of its own: the form at the top of its table, or of the row it was opened in.
    expect(hostFormOf(byId('in-row'))?.id).toBe('d');
    // A whole form inside a cell is the cell's, not the table's; and a page's other forms are not the element's.
    expect(hostFormOf(byId('beside-a-form'))).toBeNull();
    expect(hostFormOf(byId('nowhere'))).toBeNull();
  });

  it('stays the fields’ form when they are moved: the form is named in their `form` attribute, given an id if it has none', async () => {
    const page = await parse(`<table><form action="/send"><tr><td>
      <div id="content"><input name="line-1"><select name="county"></select><input name="own" form="elsewhere"></div>
      <div id="place"></div></td></tr></form></table><form id="elsewhere"></form>`);
    const form = page.querySelector('form') as HTMLFormElement;
    const content = page.getElementById('content') as HTMLElement;
    const [line1, county, own] = [...content.querySelectorAll('input, select')] as HTMLInputElement[];
    expect(line1?.form).toBe(form);
    keepFormOwners(content);
    page.getElementById('place')?.append(content);
    expect(line1?.form).toBe(form);
    expect(county?.form).toBe(form);
    expect(form.id).toMatch(/^ccuk-form-\d+$/);
    // A field that already names its form keeps it.
    expect(own?.getAttribute('form')).toBe('elsewhere');
    // Without the attribute, moving would have dropped it from the form.
    const other = await parse(`<table><form><tr><td><input name="z"></td></tr></form></table><div id="p"></div>`);
    const z = other.querySelector('input') as HTMLInputElement;
    other.getElementById('p')?.append(z);
    expect(z.form).toBeNull();
  });

  it('leaves fields inside their form alone', async () => {
    const page = await parse(`<form><div id="content"><input name="a"></div></form>`);
    keepFormOwners(page.getElementById('content') as HTMLElement);
    expect(page.querySelector('input')?.hasAttribute('form')).toBe(false);
    expect(page.querySelector('form')?.id).toBe('');
  });
});
