import { build } from 'wxt';

/** Builds the shipped extension once; the tests load exactly what users install. */
export default async function setup() {
  if (process.env.TIFA_SKIP_BUILD) return;
  await build({ browser: 'chrome', logger: { ...console, debug: () => {}, info: () => {}, success: () => {}, log: () => {}, box: () => {}, level: 0 } as never });
}
