import { zip } from 'wxt';

const quiet = { ...console, debug: () => {}, info: () => {}, success: () => {}, log: () => {}, box: () => {}, level: 0 } as never;

/**
 * Builds and packs the shipped extension for both browsers once (`wxt zip`, as for the stores); the tests
 * load exactly what users install and check the packages.
 */
export default async function setup() {
  if (process.env.TIFA_SKIP_BUILD) return;
  await zip({ browser: 'chrome', logger: quiet });
  await zip({ browser: 'firefox', manifestVersion: 3, logger: quiet });
}
