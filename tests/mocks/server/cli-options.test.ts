import { describe, expect, it } from 'vitest';
import { parseCliOptions, UsageError } from '@mocks/server/cli-options';

describe('the mock API command line', () => {
  it('has defaults that need no options', () => {
    expect(parseCliOptions([])).toEqual({
      port: 8787,
      host: '127.0.0.1',
      seed: 1,
      contracts: 250,
      dataFile: '.data/decisions-seed1-250.json',
      latencyMs: 0,
    });
  });

  it('reads every option', () => {
    expect(
      parseCliOptions([
        '--port',
        '9000',
        '--host',
        '0.0.0.0',
        '--seed',
        '7',
        '--contracts',
        '20000',
        '--data-file',
        '.data/d.json',
        '--latency',
        '150',
      ]),
    ).toEqual({ port: 9000, host: '0.0.0.0', seed: 7, contracts: 20000, dataFile: '.data/d.json', latencyMs: 150 });
    expect(parseCliOptions(['--in-memory'])).toMatchObject({ dataFile: null });
    expect(parseCliOptions(['--help'])).toBe('help');
  });

  it.each([
    [['--port', 'http'], /--port must be a whole number from 0 to 65535; got "http"/],
    [['--port', '70000'], /--port/],
    [['--contracts', '2.5'], /--contracts must be a whole number/],
    [['--seed', '-1'], /--seed/],
    [['--latency', ''], /--latency/],
    [['--data-file', ' '], /--data-file needs a path/],
    [['--in-memory', '--data-file', 'x.json'], /either --data-file or --in-memory/],
    [['--prot', '1'], /Unknown option '--prot'/],
    [['extra'], /Unexpected argument 'extra'/],
  ])('rejects %j with a clear message', (argv, message) => {
    expect(() => parseCliOptions(argv)).toThrow(UsageError);
    expect(() => parseCliOptions(argv)).toThrow(message);
  });
});
