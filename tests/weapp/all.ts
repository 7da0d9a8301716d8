import { readerScenarios } from './readerScenarios';
import { scenarios as base, type Scenario } from './scenarios';

/** Every scenario file's scenarios in one list: weapp.test.ts runs them, child.ts runs one by name. */
export const scenarios: Record<string, Scenario> = { ...base, ...readerScenarios };
