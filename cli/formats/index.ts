import type { GevondenBevinding } from '../check.js';
import { alsGithub } from './github.js';
import { alsJunit } from './junit.js';
import { alsSarif } from './sarif.js';

/** The formats of `sturing check --format` for CI, next to the text report and --json. */
export const CI_FORMATEN: Readonly<Record<string, (bevindingen: readonly GevondenBevinding[]) => string>> = {
    sarif: alsSarif,
    github: alsGithub,
    junit: alsJunit
};
