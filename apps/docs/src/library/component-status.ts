/**
 * A component's status in the reuse library, and what each means for a council deciding whether to use it
 * (`parameters.status` in its stories).
 */
export type ComponentStatus = 'experimental' | 'beta' | 'live';

export const COMPONENT_STATUSES: readonly { status: ComponentStatus; label: string; meaning: string }[] = [
  {
    status: 'experimental',
    label: 'Experimental',
    meaning:
      'Built and tested, not yet used by a council in a live service. Try it, and test it with your residents; ' +
      'its attributes and events may change in any release, said in its changelog.',
  },
  {
    status: 'beta',
    label: 'Beta',
    meaning:
      'Complete, tested with assistive technology, and ready for a council to put in a live service. Its attributes ' +
      'and events change only in a major release; tell us what does not work for your residents.',
  },
  {
    status: 'live',
    label: 'Live',
    meaning:
      'Used by several councils, supported, and changed only with notice: a breaking change comes in a major ' +
      'release, with the old one fixed for 12 months.',
  },
];

export const statusOf = (value: unknown): (typeof COMPONENT_STATUSES)[number] | undefined =>
  COMPONENT_STATUSES.find((entry) => entry.status === value);
