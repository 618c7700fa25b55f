import { html, nothing, type TemplateResult } from 'lit-html';

/** One GOV.UK radio: its value, label and hint; `divider` ("or") drawn before it; `reveals` shown under it when chosen. */
export interface RadioItem {
  value: string;
  label: string;
  hint?: string | undefined;
  divider?: string | undefined;
  reveals?: TemplateResult | undefined;
}

export interface RadiosParts {
  /** The radios' name (unique on the page), and their ids' prefix: `{name}-{index}`. */
  name: string;
  items: readonly RadioItem[];
  checked: string | undefined;
  onChange: (value: string) => void;
  /** Numbers the ids from here: several groups of one question (morning, afternoon) keep their ids apart. */
  from?: number;
}

/**
 * GOV.UK radios (`govuk-radios`), small enough to share: each with its label and hint, a divider, and the content a
 * radio reveals when chosen (drawn only then, as GOV.UK's conditional reveal shows it). The fieldset is the caller's.
 */
export function radios({ name, items, checked, onChange, from = 0 }: RadiosParts): TemplateResult {
  return html`<div class="ccuk-radios">
    ${items.map(({ value, label, hint, divider, reveals }, index) => {
      const id = `${name}-${String(from + index)}`;
      const chosen = value === checked;
      return html`${divider ? html`<div class="ccuk-radios__divider">${divider}</div>` : nothing}
        <div class="ccuk-radios__item">
          <input
            class="ccuk-radios__input"
            id=${id}
            name=${name}
            type="radio"
            .value=${value}
            .checked=${chosen}
            aria-describedby=${hint ? `${id}-hint` : nothing}
            @change=${() => onChange(value)}
          />
          <label class="ccuk-label ccuk-radios__label" for=${id}>${label}</label>
          ${hint ? html`<div class="ccuk-hint ccuk-radios__hint" id=${`${id}-hint`}>${hint}</div>` : nothing}
        </div>
        ${reveals && chosen ? html`<div class="ccuk-radios__conditional">${reveals}</div>` : nothing}`;
    })}
  </div>`;
}
