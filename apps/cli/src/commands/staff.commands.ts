import { parseArgs } from 'node:util';
import { StaffService } from '@candor/domain';
import type { CliOutput } from '../cli-output.js';
import { withServices } from '../cli-context.js';

/** `staff:create --email E --name N --role R [--password P] [--chair]`: one JSON line with the TOTP secret. */
export async function staffCreate(args: string[], out: CliOutput): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      password: { type: 'string' },
      chair: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const missing = ['email', 'name', 'role'].filter((k) => !values[k as 'email']);
  if (missing.length > 0) {
    out.error(`staff:create needs ${missing.map((m) => `--${m}`).join(', ')}`);
    return 2;
  }
  const created = await withServices((get) =>
    get(StaffService).create({
      email: values.email as string,
      name: values.name as string,
      role: values.role as string,
      password: values.password,
      isChair: values.chair,
    }),
  );
  out.json(created);
  return 0;
}

export async function staffDisable(args: string[], out: CliOutput): Promise<number> {
  const { values } = parseArgs({ args, options: { email: { type: 'string' } }, strict: true });
  if (!values.email) {
    out.error('staff:disable needs --email');
    return 2;
  }
  out.json(await withServices((get) => get(StaffService).disable(values.email as string)));
  return 0;
}

export async function staffEnable(args: string[], out: CliOutput): Promise<number> {
  const { values } = parseArgs({ args, options: { email: { type: 'string' } }, strict: true });
  if (!values.email) {
    out.error('staff:enable needs --email');
    return 2;
  }
  out.json(await withServices((get) => get(StaffService).enable(values.email as string)));
  return 0;
}

export async function staffResetTotp(args: string[], out: CliOutput): Promise<number> {
  const { values } = parseArgs({ args, options: { email: { type: 'string' } }, strict: true });
  if (!values.email) {
    out.error('staff:reset-totp needs --email');
    return 2;
  }
  out.json(await withServices((get) => get(StaffService).resetTotp(values.email as string)));
  return 0;
}

export async function staffList(_args: string[], out: CliOutput): Promise<number> {
  for (const staff of await withServices((get) => get(StaffService).list())) out.json(staff);
  return 0;
}

/** `staff:notifications --email E --mode immediate|daily_digest`. */
export async function staffNotifications(args: string[], out: CliOutput): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { email: { type: 'string' }, mode: { type: 'string' } },
    strict: true,
  });
  if (!values.email || !values.mode) {
    out.error('staff:notifications needs --email and --mode immediate|daily_digest');
    return 2;
  }
  out.json(
    await withServices((get) =>
      get(StaffService).setNotificationMode(values.email as string, values.mode as string),
    ),
  );
  return 0;
}
