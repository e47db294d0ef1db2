import type { Dimension, Sign } from '../../contract/domain';

// The starting set for a new journal. Everything here is data: the person can rename, reorder,
// hide or add to it, and the app never hard-codes a dimension or a sign.

export const DEFAULT_DIMENSIONS: readonly Dimension[] = [
  {
    key: 'worth',
    name: 'Self-worth',
    lowLabel: 'I needed their approval to feel okay',
    highLabel: 'I felt okay in myself, approval or not',
    hidden: false,
    builtin: true,
    prompts: [
      'When did you feel good about yourself today, with nobody telling you so?',
      'Whose approval were you waiting for, and what would change if it never came?',
    ],
  },
  {
    key: 'boundaries',
    name: 'Boundaries',
    lowLabel: "My limits slid; I couldn't say no",
    highLabel: 'I said what I need and respected theirs',
    hidden: false,
    builtin: true,
    prompts: [
      'Where did you say yes today when you meant no?',
      'What is one limit you kept, even though it was uncomfortable?',
      'Did you notice a line of theirs, and how did you honour it?',
    ],
  },
  {
    key: 'feelings',
    name: 'Emotional responsibility',
    lowLabel: 'Their feelings were my job',
    highLabel: 'I cared, and each of us owned our feelings',
    hidden: false,
    builtin: true,
    prompts: [
      'Whose mood were you trying to fix today?',
      'What feeling of yours did you set aside to keep the peace?',
    ],
  },
  {
    key: 'communication',
    name: 'Communication',
    lowLabel: 'I hinted, held back, or over-accommodated',
    highLabel: 'I said it plainly and kindly',
    hidden: false,
    builtin: true,
    prompts: [
      'What did you want to say today but only hinted at?',
      'If you had said it plainly and kindly, what would the words have been?',
    ],
  },
  {
    key: 'autonomy',
    name: 'Autonomy & support',
    lowLabel: 'My own life shrank around us',
    highLabel: 'I had room to be me, and we backed each other',
    hidden: false,
    builtin: true,
    prompts: [
      'What did you do today that was just for you?',
      'How did the two of you back each other up this week?',
    ],
  },
  {
    key: 'conflict',
    name: 'Conflict',
    lowLabel: 'I avoided it, or it blew up',
    highLabel: 'We disagreed and worked it through',
    hidden: false,
    builtin: true,
    prompts: [
      'Was there a disagreement you stepped around? What were you afraid would happen?',
      'When you did disagree, what helped you find your way back to each other?',
    ],
  },
  {
    key: 'balance',
    name: 'Give and take',
    lowLabel: 'One-sided: one gave, one took',
    highLabel: 'Balanced: both gave and received',
    hidden: false,
    builtin: true,
    prompts: [
      'What did you give today, and what did you let yourself receive?',
      'Does the load feel shared lately? What would make it fairer?',
    ],
  },
  {
    key: 'self',
    name: 'Sense of self',
    lowLabel: 'I felt smaller, less myself',
    highLabel: 'I felt more myself',
    hidden: false,
    builtin: true,
    prompts: [
      'Did this relationship leave you feeling more like yourself today, or less?',
      'What part of you came alive today?',
    ],
  },
  {
    key: 'regulation',
    name: 'Self-soothing',
    lowLabel: "I couldn't settle unless they stepped in",
    highLabel: 'I could calm myself, and still lean on them',
    hidden: false,
    builtin: true,
    prompts: [
      'When you felt stirred up today, what did you do first to settle yourself?',
      'How did leaning on them feel: a choice, or the only way to calm down?',
    ],
  },
];

export const DEFAULT_SIGNS: readonly Sign[] = [
  { key: 'yes_meant_no', label: 'Said yes when I meant no', kind: 'warning' },
  { key: 'their_mood_first', label: 'Put their mood ahead of my needs', kind: 'warning' },
  { key: 'my_job_happy', label: 'Felt it was my job to make them happy', kind: 'warning' },
  { key: 'against_gut', label: 'Went against my gut to avoid disappointing them', kind: 'warning' },
  {
    key: 'checked_first',
    label: "Couldn't tell what I wanted without checking with them",
    kind: 'warning',
  },
  {
    key: 'needed_them_to_calm',
    label: "Couldn't calm down until they stepped in",
    kind: 'warning',
  },
  { key: 'gave_up_mine', label: 'Gave up something of mine for the relationship', kind: 'warning' },
  { key: 'fear_leaving', label: 'Acted out of fear they would leave', kind: 'warning' },
  { key: 'asked_for_help', label: 'Asked for help and got it', kind: 'healthy' },
  { key: 'disagreed_ok', label: 'Disagreed and we were still okay', kind: 'healthy' },
  { key: 'time_for_me', label: 'Spent time on something of my own', kind: 'healthy' },
  { key: 'supported_not_took_over', label: 'Supported them without taking over', kind: 'healthy' },
].map((s) => ({ ...s, kind: s.kind as Sign['kind'], hidden: false, builtin: true }));

/** A palette that stays distinguishable for colour-blind people (Okabe–Ito, adjusted). */
export const RELATIONSHIP_COLORS = [
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#cc79a7',
  '#e69f00',
  '#56b4e9',
  '#8c6d31',
  '#6a51a3',
] as const;
