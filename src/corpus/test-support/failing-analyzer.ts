/** An analyzer module whose start-up fails (worker-pool tests). */
export async function createAnalyzer(): Promise<never> {
  throw new Error('the model file is missing');
}
