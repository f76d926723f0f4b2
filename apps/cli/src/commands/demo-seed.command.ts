import { parseArgs } from 'node:util';
import { loadConfig } from '@candor/platform';
import type { CliOutput } from '../cli-output.js';
import { withServices } from '../cli-context.js';
import { DemoSeed } from '../demo/demo-seed.js';

/**
 * `demo:seed`: staff for every role and a few dozen cases in every status, for a first look at a
 * development database. One JSON line per account (with its password and TOTP secret) and per
 * case (with its receipt), then a summary; how to sign in goes to stderr.
 */
export async function demoSeed(args: string[], out: CliOutput): Promise<number> {
  parseArgs({ args, options: {}, strict: true });
  // Checked before the configuration is validated, so that a production environment always gets
  // this refusal (and not, say, a complaint about a secret), whatever else is set.
  if (process.env.NODE_ENV?.trim() === 'production') {
    out.error(
      'demo:seed refuses to run with NODE_ENV=production: it creates accounts and prints their passwords, ' +
        'and fills the database with invented cases.',
    );
    return 1;
  }
  const { config } = loadConfig();
  const result = await withServices((get) => new DemoSeed(get).run());
  for (const staff of result.accounts) out.json({ staff });
  for (const seeded of result.cases) out.json({ case: seeded });
  const byStatus: Record<string, number> = {};
  for (const c of result.cases) byStatus[c.status] = (byStatus[c.status] ?? 0) + 1;
  out.json({ summary: { staff: result.accounts.length, cases: result.cases.length, byStatus } });
  out.error(
    [
      '',
      'Demo data created. Keep this output: the passwords are not stored anywhere else.',
      'Sign in with an email, its password and the current code of its TOTP secret: add the',
      'otpauthUri to an authenticator app, or print a code with',
      `  node -e "import('otplib').then(async o => console.log(await o.generate({ secret: process.argv[1] })))" <totpSecret>`,
      `then POST ${config.publicBaseUrl}/api/v1/auth/login {"email","password","otp"} and use the`,
      `accessToken as a bearer token (GET ${config.publicBaseUrl}/api/v1/cases; API docs at /api/docs).`,
      'Each case line carries its receipt, for the reporter side (POST /api/v1/reporter/session).',
    ].join('\n'),
  );
  return 0;
}
