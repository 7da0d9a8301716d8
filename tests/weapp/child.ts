import { Weapp } from './harness';
import { scenarios } from './all';
import { readBuilt } from './scenarios';

/**
 * One scenario in a process of its own (weapp.test.ts starts it): `<dist> <scenario name>`. Prints
 * one line of JSON: the error if any, the largest setData payload and the wx APIs called.
 */
async function main(dist: string, name: string): Promise<void> {
  const scenario = scenarios[name];
  if (!scenario) throw new Error(`no scenario named ${name}`);
  const h = new Weapp(dist, scenario.phone).boot();
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

main(process.argv[2], process.argv[3]).then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
    process.exit(2);
  },
);
