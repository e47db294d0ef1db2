// Passphrase strength comes from zxcvbn-ts (dictionaries, keyboard patterns, dates), loaded
// only on the screen that needs it. The verdict is ours: what counts as strong enough for a
// journal that nobody can reset for you.

export type Strength = Readonly<{
  score: 0 | 1 | 2 | 3 | 4;
  label: string;
  advice: string;
  acceptable: boolean;
}>;

export const MIN_LENGTH = 10;

type Zxcvbn = (
  password: string,
  userInputs?: string[],
) => {
  score: 0 | 1 | 2 | 3 | 4;
  feedback: { warning: string | null; suggestions: string[] };
};

let loading: Promise<Zxcvbn> | null = null;

export function loadStrengthChecker(): Promise<Zxcvbn> {
  loading ??= (async () => {
    const [{ ZxcvbnFactory }, common, en] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
    ]);
    const factory = new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary },
      graphs: common.adjacencyGraphs,
      translations: en.translations,
    });
    return (password, userInputs) => factory.check(password, userInputs) as ReturnType<Zxcvbn>;
  })();
  return loading;
}

const LABELS = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const;

export function judge(passphrase: string, check: Zxcvbn | null): Strength {
  if (passphrase.length === 0) {
    return {
      score: 0,
      label: '',
      advice: 'A few unrelated words you will remember work well.',
      acceptable: false,
    };
  }
  const result = check ? check(passphrase, ['twofold', 'journal']) : null;
  const score = result?.score ?? (passphrase.length >= 16 ? 3 : passphrase.length >= 12 ? 2 : 1);
  if (passphrase.length < MIN_LENGTH) {
    return {
      score: Math.min(score, 1) as Strength['score'],
      label: LABELS[Math.min(score, 1)]!,
      advice: `Use at least ${MIN_LENGTH} characters. Four or five random words are easy to remember and hard to guess.`,
      acceptable: false,
    };
  }
  const advice =
    score >= 3
      ? 'Good. Keep it somewhere only you can find: Twofold cannot reset it.'
      : result?.feedback.warning || result?.feedback.suggestions[0] || 'Add another word or two.';
  return { score, label: LABELS[score]!, advice, acceptable: score >= 3 };
}
