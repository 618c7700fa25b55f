/**
 * What each component page says about accessibility: the WCAG 2.2 AA checks every component's tests make, and how
 * (the kit's contract suite, `packages/testing/src/component-contract.ts`), what its own tests add, its known issues,
 * and the same as text a council can paste into its accessibility statement (the GOV.UK model statement's "how we
 * tested" and "non-accessible content"). Each component's part is in its stories' `parameters.accessibility`.
 */
export interface ComponentAccessibility {
  /** What it is to a resident, as a statement names it: "the address finder". */
  purpose: string;
  /** Checks its own tests make beyond the contract suite's. */
  alsoTested?: readonly string[];
  /** Hand testing done and recorded (assistive technology, tool, who, when). None yet: a known issue. */
  testedByHand?: readonly string[];
  /** Where it falls short of WCAG 2.2 AA or of what a resident expects, and what to do meanwhile. */
  knownIssues: readonly string[];
}

/** A check the contract suite makes of every component, in Chromium, and the WCAG 2.2 success criteria it tests. */
export interface ContractCheck {
  check: string;
  criteria: string;
}

/** What `component-contract.ts` checks of every component, in the words of the statement. */
export const CONTRACT_CHECKS: readonly ContractCheck[] = [
  {
    check: 'axe finds no problem in any documented state, in English and in Welsh',
    criteria: 'those axe can test: 1.1.1, 1.3.1, 1.4.3, 4.1.2 and more',
  },
  {
    check: 'every journey is done with the keyboard alone, and the form is answered and sent with it',
    criteria: '2.1.1 Keyboard',
  },
  {
    check: 'every control of every state shows where the keyboard focus is, checked by pixels',
    criteria: '2.4.7 Focus Visible',
  },
  {
    check: 'every state reflows at 320 by 256 CSS pixels (400% zoom) with nothing scrolling sideways',
    criteria: '1.4.10 Reflow',
  },
  {
    check: 'text takes the reader’s own spacing (the WCAG text-spacing bookmarklet) and none is lost',
    criteria: '1.4.12 Text Spacing',
  },
  { check: 'its own text carries its language on a page in another language', criteria: '3.1.2 Language of Parts' },
  {
    check: 'what it says to screen readers, each change once and in order, with nothing stale left',
    criteria: '4.1.3 Status Messages',
  },
  {
    check: 'problems are listed in a GOV.UK error summary whose links move focus to each field',
    criteria: '3.3.1 Error Identification, 2.4.3 Focus Order',
  },
  {
    check: 'the page author’s own fields and content work without JavaScript',
    criteria: 'none: the GOV.UK Service Standard’s progressive enhancement',
  },
];

export interface StatementInput {
  accessibility: ComponentAccessibility;
  /** `@council-components/address-lookup`. */
  package: string;
  version: string;
  /** How many documented states it has (its stories). */
  states: number;
}

/** `a, b and c`. */
const listed = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;

/** The known issues, with the missing hand testing first when none is recorded. */
export function knownIssuesOf(accessibility: ComponentAccessibility): string[] {
  const untested =
    (accessibility.testedByHand ?? []).length === 0
      ? [
          'It has not yet been tested by hand with screen readers, screen magnifiers or voice control, or by disabled ' +
            'residents: the checks above are automated.',
        ]
      : [];
  return [...untested, ...accessibility.knownIssues];
}

/**
 * The paragraphs a council can paste into its accessibility statement, for this release: what the component is, the
 * standard it is built to, how it was tested, and what is known not to work yet.
 */
export function statementFor({ accessibility, package: name, version, states }: StatementInput): string[] {
  const issues = knownIssuesOf(accessibility);
  return [
    `This page uses ${accessibility.purpose} from Council Components (${name}, version ${version}). It is built to ` +
      'meet the Web Content Accessibility Guidelines (WCAG) version 2.2 to level AA.',
    `Its developers test each release in the Chromium browser, in each of its ${String(states)} documented states ` +
      `and in English and Welsh: ${listed(CONTRACT_CHECKS.map(({ check }) => check))}.` +
      ((accessibility.alsoTested ?? []).length > 0
        ? ` They also check that ${listed(accessibility.alsoTested ?? [])}.`
        : ''),
    ...((accessibility.testedByHand ?? []).length > 0
      ? [`Tested by hand: ${listed(accessibility.testedByHand ?? [])}.`]
      : []),
    issues.length > 0 ? `Known issues: ${issues.join(' ')}` : 'No known issues.',
  ];
}
