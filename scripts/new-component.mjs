// pnpm new-component <name> [--title "What it is"] [--title-cy "Beth ydyw"]
//
// A new component package, made from the component kit and working from the
// start: `packages/<name>/` with its element, styles, English and Welsh
// strings, fixtures, stories, tests (the component contract suite among
// them), README, LICENSE and a changeset; and the places every component is
// listed (the loader, the React wrappers, the docs site, the sandbox page).
// Run `pnpm install` after it, then `./council test`.
//
// The component it makes asks one question, with one text field, in the
// three ways a component holds its answer (its own field, the page author's
// wrapped field, a CMS form's field named by `fill-answer`). Make it yours:
// its fields, strings and states.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const name = args.find((arg) => !arg.startsWith('--'));
const option = (flag) => {
  const at = args.indexOf(flag);
  return at > -1 && args[at + 1] && !args[at + 1].startsWith('--') ? args[at + 1] : undefined;
};

if (!name || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
  console.error(
    'Usage: pnpm new-component <name> [--title "What it is"] [--title-cy "Beth ydyw"]   (name in kebab-case: bin-collections)',
  );
  process.exit(64);
}
const dir = join(root, 'packages', name);
if (existsSync(dir)) {
  console.error(`packages/${name} already exists.`);
  process.exit(1);
}

const words = name.split('-');
const Pascal = words.map((word) => word[0].toUpperCase() + word.slice(1)).join('');
const camel = Pascal[0].toLowerCase() + Pascal.slice(1);
const title = option('--title') ?? `${words.join(' ')[0].toUpperCase()}${words.join(' ').slice(1)}`;
// The Welsh title is a translator's, not a guess: without it the Welsh sandbox page says so, and so does the command.
const titleCy = option('--title-cy');
const tag = `council-${name}`;
const className = `Council${Pascal}`;
const packageName = `@council-components/${name}`;
const readJson = (file) => JSON.parse(readFileSync(join(root, file), 'utf8'));
const writeJson = (file, value) => writeFileSync(join(root, file), `${JSON.stringify(value, null, 2)}\n`);
const written = [];
const write = (file, text) => {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
  written.push(file);
};

// The versions the address lookup uses, so a new package matches the rest.
const sibling = readJson('packages/address-lookup/package.json');
const version = (dependency) => sibling.dependencies?.[dependency] ?? sibling.devDependencies?.[dependency];

write(
  `packages/${name}/package.json`,
  `${JSON.stringify(
    {
      name: packageName,
      version: '0.0.0',
      description: `<${tag}>: ${title}. GOV.UK patterns, English and Welsh, works without JavaScript.`,
      license: 'MIT',
      type: 'module',
      sideEffects: ['./dist/define.js', './src/define.ts', './dist/bundle/*.js'],
      files: [
        'dist',
        '!dist/**/*.test.*',
        '!dist/**/*.stories.*',
        '!dist/**/*.fixtures.*',
        'custom-elements.json',
        'README.md',
        'LICENSE',
      ],
      exports: {
        '.': { types: `./dist/${tag}.d.ts`, default: `./dist/${tag}.js` },
        './define.js': { types: './dist/define.d.ts', default: './dist/define.js' },
        './bundle/*': null,
        './*.js': { types: './dist/*.d.ts', default: './dist/*.js' },
        './package.json': './package.json',
      },
      scripts: {
        build: 'node ../distribution/src/build-component-package.ts',
        typecheck: 'tsc -p tsconfig.json',
        'package-check': 'publint --strict && node ../distribution/src/are-the-types-wrong.ts',
      },
      dependencies: {
        '@council-components/core': 'workspace:^',
        '@lit/reactive-element': version('@lit/reactive-element'),
        'lit-html': version('lit-html'),
      },
      publishConfig: { access: 'public' },
      devDependencies: {
        '@council-components/distribution': 'workspace:*',
        '@council-components/testing': 'workspace:*',
        '@storybook/web-components-vite': version('@storybook/web-components-vite'),
        '@vitest/browser': version('@vitest/browser'),
        '@vitest/browser-playwright': version('@vitest/browser-playwright'),
        'govuk-frontend': version('govuk-frontend'),
        playwright: version('playwright'),
        storybook: version('storybook'),
        vite: version('vite'),
        vitest: version('vitest'),
      },
      unpkg: `./dist/bundle/${tag}.bundle.js`,
      jsdelivr: `./dist/bundle/${tag}.bundle.js`,
      customElements: 'custom-elements.json',
    },
    null,
    2,
  )}\n`,
);

write(`packages/${name}/LICENSE`, readFileSync(join(root, 'LICENSE'), 'utf8'));
write(`packages/${name}/tsconfig.json`, readFileSync(join(root, 'packages/address-lookup/tsconfig.json'), 'utf8'));
write(
  `packages/${name}/tsconfig.build.json`,
  readFileSync(join(root, 'packages/address-lookup/tsconfig.build.json'), 'utf8'),
);

write(
  `packages/${name}/vitest.config.ts`,
  `import { chromiumBrowserMode } from '@council-components/testing/vitest-browser.js';
import { defineProject } from 'vitest/config';

export default defineProject({
  optimizeDeps: { include: ['lit-html', '@lit/reactive-element', 'axe-core', 'govuk-frontend'] },
  test: {
    name: '${name}',
    include: ['src/**/*.test.ts'],
    browser: chromiumBrowserMode(),
  },
});
`,
);

write(
  `packages/${name}/src/${name}.strings.ts`,
  `import { withCoreStrings, type Catalogue } from '@council-components/core/i18n/catalogue.js';
import { coreStrings, type CoreStringKey } from '@council-components/core/i18n/core-strings.js';

export type ${Pascal}StringKey = 'question' | 'errorRequired';

/** Every string of <${tag}>, in English and Welsh: the type forbids one without the other. */
const ownStrings: Catalogue<${Pascal}StringKey> = {
  en: {
    question: 'Your answer',
    errorRequired: 'Enter your answer',
  },
  cy: {
    question: 'Eich ateb',
    errorRequired: 'Rhowch eich ateb',
  },
};

/** The component's strings and the core ones it uses ("Error:"). */
export const ${camel}Strings = withCoreStrings<${Pascal}StringKey, CoreStringKey>(coreStrings, ownStrings);
export type ${Pascal}MessageKey = ${Pascal}StringKey | CoreStringKey;
`,
);

write(
  `packages/${name}/src/${name}.welsh-sources.ts`,
  `import { FOR_REVIEW, type WelshSources } from '@council-components/core/i18n/welsh-sources.js';
import type { ${Pascal}StringKey } from './${name}.strings.js';

/**
 * Where each Welsh string of <${tag}> comes from, for a council's translator (the docs site's Welsh strings page):
 * a government service that publishes the same Welsh for the same English, or ours, for review.
 */
export const ${camel}WelshSources: WelshSources<${Pascal}StringKey> = {
  question: { service: null, note: FOR_REVIEW },
  errorRequired: { service: null, note: FOR_REVIEW },
};
`,
);

write(
  `packages/${name}/src/${name}.scss`,
  `// The styles of <${tag}> that core's GOV.UK parts do not give it, layered on
// them (compiled as core's are: \`.ccuk-*\`, \`--council-*\` tokens, important, in
// the \`council-components\` layer). Classes here are for styling only: the
// element finds its parts by id.
@use 'govuk-frontend/dist/govuk/base' as govuk;

// The answer: as wide as a GOV.UK 20-character input, never wider than its column.
.ccuk-${name}__answer {
  max-width: 20.5em;
}
`,
);

write(
  `packages/${name}/src/${tag}.ts`,
  `import type { PropertyDeclarations } from '@lit/reactive-element';
import { html, nothing, type TemplateResult } from 'lit-html';
import { CouncilElement } from '@council-components/core/base-element.js';
import { AnswerFields } from '@council-components/core/form/answer-fields.js';
import { formMembership } from '@council-components/core/form/form-membership.js';
import { reportInvalid } from '@council-components/core/form/invalid.js';
import { LocalizeController } from '@council-components/core/i18n/localize-controller.js';
import { formGroup } from '@council-components/core/render/form-group.js';
import { ${camel}Strings, type ${Pascal}MessageKey } from './${name}.strings.js';
import { styles } from './${name}.styles.generated.js';
import { packageName, packageVersion } from './package-version.generated.js';

/**
 * \`<${tag}>\`: ${title}.
 *
 * @customElement ${tag}
 * @attr {string} strings - JSON replacing any of its text, per language: \`{"cy":{"question":"…"}}\`.
 * @attr {string} telemetry - \`off\`: this element is left out of the adoption beacon (core's README, "Adoption telemetry").
 * @attr {string} fill-answer - Fill this field of the host form (its name, or an element id) instead of rendering one.
 * @attr {string} submit-buttons - Ids (space-separated) of the submit buttons whose submission checks the answer; others send the form unchecked.
 * @fires {CustomEvent<InvalidDetail>} council-invalid - The answer was checked and has problems. \`detail.errors\`: \`{ fieldId, message }[]\`, for the page's error summary.
 */
export class ${className} extends CouncilElement {
  static override packageName = packageName;
  static override version = packageVersion;
  static override componentCss = styles;
  static override formMembership = formMembership;

  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    label: {},
    labelEn: { attribute: 'label-en' },
    labelCy: { attribute: 'label-cy' },
    hint: {},
    hintEn: { attribute: 'hint-en' },
    hintCy: { attribute: 'hint-cy' },
    required: { type: Boolean, reflect: true },
    problem: { state: true },
  };

  /** The answer's field name and id prefix: \`${name}\` gives \`${name}-answer\`. */
  declare name: string;
  /** The question, as the field's label, in any language. Default "Your answer". */
  declare label: string | undefined;
  /** The question on an English page, before \`label\`. */
  declare labelEn: string | undefined;
  /** The question on a Welsh page, before \`label\`. */
  declare labelCy: string | undefined;
  /** A hint under the question, in any language. */
  declare hint: string | undefined;
  /** The hint on an English page, before \`hint\`. */
  declare hintEn: string | undefined;
  /** The hint on a Welsh page, before \`hint\`. */
  declare hintCy: string | undefined;
  /** An answer must be given before the host form submits. */
  declare required: boolean;

  /** The problem with the answer, shown once it has been checked. */
  declare protected problem: ${Pascal}MessageKey | undefined;

  readonly i18n = new LocalizeController<${Pascal}MessageKey>(this, ${camel}Strings, () => this.strings);

  readonly #fields = new AnswerFields(this, {
    specs: { answer: { part: 'answer', nameEnding: /answer$/ } },
    // Ids unique on the page (\`idBase\` numbers a second component of the same name); names as the page wrote them.
    ownId: (part) => \`\${this.idBase(this.name)}-\${part}\`,
    showing: () => true,
  });

  constructor() {
    super();
    this.name = '${name}';
    this.required = false;
  }

  /** Checks the answer (on submit, or \`validate()\`): shows the GOV.UK error message, and tells the page. */
  protected override checkAnswer(focus: boolean): boolean {
    const answered = this.#fields.read().answer.trim() !== '';
    // \`required\` on the page author's field (for the page without JavaScript) is checked here, with GOV.UK words.
    const required = this.required || this.#fields.authorRequired;
    this.problem = required && !answered ? 'errorRequired' : undefined;
    this.#fields.markInvalid({ answer: this.problem && this.i18n.t(this.problem) }, this.i18n.t('errorPrefix'));
    const fieldId = this.#fields.fields.answer?.id;
    const errors = this.problem && fieldId ? [{ fieldId, message: this.i18n.t(this.problem) }] : [];
    return reportInvalid(this, errors, focus);
  }

  /** However the form is sent (a script's \`form.submit()\` skips the check), the answer's field has its key. */
  protected override answerEntries(data: FormData): void {
    this.#fields.entries(data);
  }

  /** The host form was reset: no problem shown, and the page author's field read again. */
  protected override resetAnswer(): void {
    this.problem = undefined;
    this.#fields.findAuthorContent();
  }

  override render(): TemplateResult {
    const id = \`\${this.idBase(this.name)}-answer\`;
    const mode = this.#fields.mode;
    return html\`<div class="ccuk-root ccuk-${name}">
      \${mode === 'own'
        ? formGroup({
            id,
            label: this.i18n.pageText('label') ?? this.i18n.t('question'),
            hint: this.i18n.pageText('hint'),
            error: this.problem && this.i18n.t(this.problem),
            errorPrefix: this.i18n.t('errorPrefix'),
            control: (errorId, describedBy) =>
              html\`<input
                class="ccuk-input ccuk-${name}__answer \${errorId ? 'ccuk-input--error' : ''}"
                id=\${id}
                name=\${\`\${this.name}-answer\`}
                type="text"
                aria-describedby=\${describedBy ?? nothing}
              />\`,
          })
        : nothing}
      <div data-ccuk-page></div>
    </div>\`;
  }
}
`,
);

write(
  `packages/${name}/src/define.ts`,
  `import { defineElement } from '@council-components/core/define.js';
import type { InvalidDetail } from '@council-components/core/form/invalid.js';
import { ${className} } from './${tag}.js';

defineElement('${tag}', ${className});

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${className};
  }
  interface HTMLElementEventMap {
    'council-invalid': CustomEvent<InvalidDetail>;
  }
}
`,
);

write(
  `packages/${name}/src/${name}.fixtures.ts`,
  `/**
 * Every documented state of <${tag}>, in English and Welsh. The stories
 * render these, the browser tests drive and check them, and the axe run
 * checks each one. A component that talks to the council's back end exports
 * \`fixtureBackend()\` here too (see the address lookup's): its tests mount it,
 * and the docs site runs it in the page.
 */
import { inEnglishAndWelsh, type ComponentFixture } from '@council-components/testing/component-fixture.js';
import type { ${className} } from './${tag}.js';

export type ${Pascal}Fixture = ComponentFixture<${className}>;

const inBothLanguages = inEnglishAndWelsh<${className}, object>;

export const ${camel}Fixtures: readonly ${Pascal}Fixture[] = [
  ...inBothLanguages({
    story: 'Question',
    title: 'The question',
    when: 'As the page opens: the question, waiting for an answer.',
    markup: '<${tag}></${tag}>',
    shows: { en: { text: 'Your answer' }, cy: { text: 'Eich ateb' } },
  }),
  ...inBothLanguages({
    story: 'Unanswered',
    title: 'A required question left unanswered',
    when: 'When the resident sends the form without answering a required question: the GOV.UK error message, with the field ready to answer.',
    markup: '<${tag} required></${tag}>',
    act: async (element) => {
      element.validate();
      await element.updateComplete;
    },
    shows: { en: { text: 'Enter your answer' }, cy: { text: 'Rhowch eich ateb' } },
  }),
  ...inBothLanguages({
    story: 'AroundThePagesField',
    title: 'Around the page’s own field',
    when: 'Where the page author wrote a field of their own inside the element: it is kept, and works without JavaScript.',
    markup: \`<${tag}>
  <p><label for="${name}-answer">Your answer</label> <input id="${name}-answer" name="${name}-answer"></p>
</${tag}>\`,
    // The page's own field, as its author wrote it (in English here), is shown as it is on a Welsh page too.
    shows: { en: { text: 'Your answer' }, cy: { text: 'Your answer' } },
  }),
];
`,
);

write(
  `packages/${name}/src/${name}.stories.ts`,
  `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fixtureStory, renderFixture } from '@council-components/testing/fixture-story.js';
import { ${camel}Fixtures } from './${name}.fixtures.js';
import './define.js';

/** Every state in \`${name}.fixtures.ts\`, one story each, named as the fixture says, in the toolbar's language. */
const meta: Meta = {
  title: 'Components/${title}',
  component: '${tag}',
  tags: ['autodocs'],
  parameters: {
    status: 'experimental',
    docs: { description: { component: '${title}.' } },
  },
  render: renderFixture(${camel}Fixtures, '${tag}'),
};
export default meta;

type Story = StoryObj;

export const Question: Story = fixtureStory(${camel}Fixtures, 'Question');
export const Unanswered: Story = fixtureStory(${camel}Fixtures, 'Unanswered');
export const AroundThePagesField: Story = fixtureStory(${camel}Fixtures, 'AroundThePagesField');
`,
);

write(
  `packages/${name}/src/${tag}.test.ts`,
  `import { describe, expect, it } from 'vitest';
import { defineElement } from '@council-components/core/define.js';
import { componentContract } from '@council-components/testing/component-contract.js';
import { coreWelshSources } from '@council-components/core/i18n/welsh-sources.js';
import { storiesOf } from '@council-components/testing/fixture-story.js';
import { welshSourceProblems } from '@council-components/testing/welsh-sources.js';
import type { ${className} } from './${tag}.js';
import { ${camel}Strings } from './${name}.strings.js';
import { ${camel}WelshSources } from './${name}.welsh-sources.js';
import { ${camel}Fixtures } from './${name}.fixtures.js';
import * as stories from './${name}.stories.js';
import './define.js';

componentContract<${className}>({
  tag: '${tag}',
  fixtures: ${camel}Fixtures,
  required: '<${tag} name="contract" required></${tag}>',
  answer: async (element) => {
    const field = element.querySelector('input') as HTMLInputElement;
    field.value = 'ABC 123';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await element.updateComplete;
  },
  answerByKeyboard: async (keyboard) => {
    await keyboard.keyboard('ABC 123');
  },
  submits: { 'contract-answer': 'ABC 123' },
  fallback: {
    markup: ${camel}Fixtures.find((fixture) => fixture.story === 'AroundThePagesField')?.markup ?? '',
    type: { '${name}-answer': 'ABC 123' },
    submits: { '${name}-answer': 'ABC 123' },
  },
  defineElement,
});

describe('its Welsh', () => {
  it('records where every Welsh string comes from, or that it is ours, for review', () => {
    expect(welshSourceProblems(${camel}Strings.cy, { ...coreWelshSources, ...${camel}WelshSources })).toEqual([]);
  });
});

describe('the fixtures and the stories', () => {
  it('have one story per state, and every state in both languages', () => {
    const states = [...new Set(${camel}Fixtures.map((fixture) => fixture.story))];
    expect(storiesOf(stories).sort()).toEqual([...states].sort());
    for (const state of states) {
      expect(${camel}Fixtures.filter((fixture) => fixture.story === state).map((fixture) => fixture.lang)).toEqual(['en', 'cy']);
    }
  });
});
`,
);

write(
  `packages/${name}/README.md`,
  `# \`<${tag}>\`

${title}: a GOV.UK-style question, in English and Welsh, for any council page.

## Use it

On a CMS page, one script tag, pinned, with its SRI hash from the package's \`dist/integrity.json\`:

\`\`\`html
<script type="module" src="https://cdn.jsdelivr.net/npm/${packageName}@0.1.0/dist/bundle/${tag}.bundle.js" integrity="sha384-…" crossorigin="anonymous"></script>

<form action="/apply" method="post">
  <${tag} name="reference" label="What is your reference?" required></${tag}>
  <button class="govuk-button">Continue</button>
</form>
\`\`\`

With npm: \`import '${packageName}/define.js'\`. React: \`@council-components/react/${name}.js\`. Every page using several
components can load them all with [\`@council-components/loader\`](../loader/README.md).

## Three ways to hold the answer

1. **Its own field** (default): \`{name}-answer\`.
2. **Your field, wrapped**: put your own field inside the element (a name ending \`answer\`). Without JavaScript it is
   the form's field; with JavaScript the component checks it.
3. **Your form builder's field**: \`fill-answer\` names it (its name in the form, or an id).

## Attributes

| Attribute       | Meaning                                                                       |
| --------------- | ----------------------------------------------------------------------------- |
| \`name\`          | Prefix of the field's name and id. Default \`${name}\`.                          |
| \`label\`, \`hint\` | The question and its hint.                                                    |
| \`label-cy\`, \`hint-cy\` (\`label-en\`, \`hint-en\`) | On a Welsh (English) page, before \`label\` and \`hint\`. |
| \`required\`      | The host form will not submit without an answer; the resident is told why.   |
| \`fill-answer\`   | Fill a field your form already has (its name in the form, or an id) instead of rendering its own. |
| \`form\`          | The id of the form the answer belongs to, when the element is outside it.     |
| \`submit-buttons\` | Ids of the submit buttons that check the answer (default: every button).     |
| \`telemetry\`     | \`off\`: this element is not counted in the adoption beacon ([core's README](../core/README.md#adoption-telemetry)). |
| \`strings\`       | JSON replacing any text, per language: \`strings='{"cy":{"question":"…"}}'\`. |

## Events

- \`council-invalid\` (bubbles): the answer was checked (on submit, or \`validate()\`) and has problems. \`detail.errors\`
  lists \`{ fieldId, message }\` for your error summary.

## States

Every state, in both languages, is in the docs site (Components › ${title}), tested in Chromium, checked with axe and by
the component contract suite: \`src/${name}.fixtures.ts\`.
`,
);

write(
  `.changeset/${name}.md`,
  `---
'${packageName}': minor
---

\`<${tag}>\`: ${title}, in English and Welsh, built on the component kit: its own field, the page author's wrapped
field, or a CMS form's field (\`fill-answer\`); \`required\`, \`validate()\` and \`council-invalid\` for the page's error
summary.
`,
);

// Listed wherever every component is: the loader and the React wrappers ship it, the docs site shows it.
for (const [file, range] of [
  ['packages/loader/package.json', 'workspace:^'],
  ['packages/react/package.json', 'workspace:^'],
  ['apps/docs/package.json', 'workspace:*'],
]) {
  const json = readJson(file);
  json.dependencies = Object.fromEntries(
    Object.entries({ ...json.dependencies, [packageName]: range }).sort(([a], [b]) => a.localeCompare(b)),
  );
  writeJson(file, json);
}

// The sandbox's legacy page shows it, with a fallback field, in both languages.
const componentsFile = 'apps/sandbox/src/components.ts';
const components = readFileSync(join(root, componentsFile), 'utf8');
const entry = `  {
    tag: '${tag}',
    title: { en: '${title}', cy: '${titleCy ?? `${title} (heb ei gyfieithu eto)`}' },
    folder: '${name}',
    bundle: 'bundle/${tag}.bundle.js',
    markup: (lang) =>
      \`<${tag} name="${name}">
            <p><label for="${name}-answer">\${lang === 'cy' ? 'Eich ateb' : 'Your answer'}</label>
            <input id="${name}-answer" name="${name}-answer"></p>
          </${tag}>\`,
    fallbackAnswer: { '${name}-answer': 'ABC 123' },
  },
];
`;
writeFileSync(join(root, componentsFile), components.replace(/\n\];\n?$/, `\n${entry}`));

// Formatted as the rest of the repository is.
const prettier = createRequire(join(root, 'package.json')).resolve('prettier/bin/prettier.cjs');
const formatted = spawnSync(
  process.execPath,
  [
    prettier,
    '--write',
    '--log-level=warn',
    ...written.filter((file) => /\.(ts|json|md|scss)$/.test(file)),
    componentsFile,
    'packages/loader/package.json',
    'packages/react/package.json',
    'apps/docs/package.json',
  ],
  { cwd: root, stdio: 'inherit' },
);
if (formatted.status !== 0) process.exit(formatted.status ?? 1);

console.log(`packages/${name}: <${tag}>, ${packageName}`);
console.log('Next: pnpm install, then ./council test. Then make it yours: its fields, strings, states and README.');
console.log(
  `Give it a resident's journey in apps/sandbox/src/legacy-variants.test.ts: the sandbox tries every component on every legacy page variant.`,
);
if (!titleCy)
  console.log(`The Welsh title is missing: give it in apps/sandbox/src/components.ts (or run with --title-cy).`);
