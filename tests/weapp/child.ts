import { Weapp } from './harness';
import { scenarios } from './all';
import type { PhoneOptions } from './recordedWx';
import { shelfScenarios } from './shelfScenarios';
import { readBuilt } from './scenarios';
import { yearSearchScenarios } from './yearSearchScenarios';

/**
 * One scenario in a process of its own (runScenario.ts starts it): `<dist> <scenario name> [phone
 * options as JSON, added to the scenario's]`. Prints
 * one line of JSON: the error if any, the largest setData payload and the wx APIs called.
 */
async function main(dist: string, name: string, phone?: string): Promise<void> {
  const scenario = scenarios[name] ?? shelfScenarios[name] ?? yearSearchScenarios[name];
  if (!scenario) throw new Error(`no scenario named ${name}`);
  const extra = phone ? (JSON.parse(phone) as PhoneOptions) : {};
  const h = new Weapp(dist, { ...scenario.phone, ...extra }).boot();
  const report = {
    name,
    error: undefined as string | undefined,
    largestSetData: h.largestSetData,
    apis: [] as string[],
  };
  try {
    await scenario.run(h, readBuilt(dist));
  } catch (error) {
    report.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
  }
  report.largestSetData = h.largestSetData;
  report.apis = [...new Set(h.calls.map((c) => c.api))];
  process.stdout.write(`\n@@weapp-report ${JSON.stringify(report)}\n`);
}

main(process.argv[2], process.argv[3], process.argv[4]).then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
    process.exit(2);
  },
);
