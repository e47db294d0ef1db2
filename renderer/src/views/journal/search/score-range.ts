export const SCORE_MIN_MAX = [1, 2, 3, 4, 5, 6, 7] as const;
