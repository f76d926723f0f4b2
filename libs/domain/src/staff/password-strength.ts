import type { StrengthEstimator } from './password-policy.js';

/**
 * zxcvbn's dictionaries take about 25 MB of heap and a third of a second to load, for something
 * used only while someone enrols: they are loaded on first use, not at start-up, and dropped again
 * after a few idle minutes (the API runs with a 128 MB heap).
 */
const IDLE_DROP_MS = 5 * 60 * 1000;

let loading: Promise<StrengthEstimator> | undefined;
let dropTimer: NodeJS.Timeout | undefined;

async function load(): Promise<StrengthEstimator> {
  const [{ ZxcvbnFactory }, common, en] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]);
  // Without Levenshtein matching: it multiplies the time of a check by ten (to about 300 ms of
  // blocked event loop) for little gain once the person's own words are refused outright.
  const zxcvbn = new ZxcvbnFactory({
    translations: en.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary },
  });
  return (password, userInputs) => {
    const result = zxcvbn.check(password, [...userInputs]);
    return {
      score: result.score,
      warning: result.feedback.warning,
      suggestions: result.feedback.suggestions,
    };
  };
}

/** The zxcvbn estimator (English feedback), loaded on first use. */
export async function strengthEstimator(): Promise<StrengthEstimator> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  const estimator = await loading;
  clearTimeout(dropTimer);
  dropTimer = setTimeout(() => (loading = undefined), IDLE_DROP_MS);
  dropTimer.unref();
  return estimator;
}
