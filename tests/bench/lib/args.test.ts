// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../../bench/lib/args';

describe('parseBenchArgs', () => {
  it('defaults to a build, five runs, 20,000 contracts and page loads at 250 too', () => {
    expect(parseBenchArgs([])).toEqual({
      skipBuild: false,
      runs: 5,
      contracts: 20_000,
      apiPort: 8787,
      appPort: 4174,
      smallContracts: 250,
      lighthouseRuns: 1,
      onlyPageLoads: false,
    });
  });

  it('reads every option', () => {
    expect(parseBenchArgs(['--skip-build', '--runs', '3', '--contracts=500', '--app-port', '5174'])).toEqual({
      skipBuild: true,
      runs: 3,
      contracts: 500,
      apiPort: 8787,
      appPort: 5174,
      smallContracts: 250,
      lighthouseRuns: 1,
      onlyPageLoads: false,
    });
    expect(parseBenchArgs(['--api-port', '9787'])).toMatchObject({ skipBuild: false, apiPort: 9787 });
    expect(parseBenchArgs(['--only-page-loads', '--small-contracts', '0', '--lighthouse-runs', '3'])).toMatchObject({
      onlyPageLoads: true,
      smallContracts: null,
      lighthouseRuns: 3,
    });
  });

  it.each([
    [['--runs', '0'], /--runs must be a whole number from 1 to 50, not "0"/],
    [['--runs', '2.5'], /--runs must be a whole number/],
    [['--contracts', 'lots'], /--contracts must be a whole number from 1 to 100000, not "lots"/],
    [['--contracts', '200000'], /--contracts must be/],
    [['--api-port', '80'], /--api-port must be a port number from 1024 to 65535, not "80"/],
    [['--app-port', 'x'], /--app-port must be a port number/],
    [['--api-port', '5000', '--app-port', '5000'], /must differ/],
    [['--skip-build', '--api-port', '9787'], /--skip-build measures dist-http, which calls port 8787/],
    [['--small-contracts', 'few'], /--small-contracts must be a whole number from 0 to 100000, not "few"/],
    [['--lighthouse-runs', '0'], /--lighthouse-runs must be a whole number from 1 to 20, not "0"/],
    [['--fast'], /Unknown option '--fast'/],
    [['now'], /positional/],
  ])('explains what is wrong with %j', (argv, message) => {
    const parsed = parseBenchArgs(argv);
    expect('error' in parsed ? parsed.error : '').toMatch(message);
  });
});
