/**
 * The service's configuration: the environment, validated once at start (a bad value stops the
 * process with a message naming it), and the command-line flags of `main.ts`.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .default('')
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  /** PostgreSQL 15+; unset: the embedded PGlite database under DATA_DIR/db. */
  DATABASE_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'a postgres:// or postgresql:// URL')
      .optional(),
  ),
  DATA_DIR: z.string().min(1).default('.data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Behind a reverse proxy: trust its X-Forwarded-* headers (client address, HTTPS). */
  TRUST_PROXY: flag,
  /** Writes (POST and the like) per client per minute. */
  RATE_LIMIT_WRITES: z.coerce.number().int().min(1).default(60),
  /** Largest JSON body accepted, in bytes. */
  BODY_LIMIT: z.coerce
    .number()
    .int()
    .min(1024)
    .default(64 * 1024),
});
export type Env = z.infer<typeof envSchema>;

export interface Config extends Env {
  demoContracts: number;
  demo: boolean;
  staticDir: string;
}

export class ConfigError extends Error {}

export function readEnv(env: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
  throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
}

const USAGE = 'Usage: main.ts [--port N] [--demo-contracts N] [--no-demo]';

export function readConfig(argv: string[], env: NodeJS.ProcessEnv = process.env): Config {
  const base = readEnv(env);
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        'demo-contracts': { type: 'string' },
        'no-demo': { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new ConfigError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const port = values.port === undefined ? base.PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new ConfigError(`--port: not a port\n${USAGE}`);
  const demoContracts = values['demo-contracts'] === undefined ? 250 : Number(values['demo-contracts']);
  if (!Number.isInteger(demoContracts) || demoContracts < 1) {
    throw new ConfigError(`--demo-contracts: a whole number of at least 1\n${USAGE}`);
  }
  return {
    ...base,
    PORT: port,
    demoContracts,
    demo: !values['no-demo'],
    staticDir: resolve('dist-server'),
  };
}
