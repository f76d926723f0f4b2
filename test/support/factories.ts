import sharp from 'sharp';

/**
 * Realistic report bodies, drawn from the kind of company in shared/policy (an SEC registrant with
 * quarterly earnings and insiders who trade).
 */
export function anonymousReport(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    concernType: 'accounting',
    title: 'Q2 revenue booked before delivery',
    description:
      'Three distributor orders were recognised as Q2 revenue although the goods left the warehouse in July. ' +
      'The side letters allowing returns were kept out of the contract file.',
    occurredAt: '2026-06-30',
    location: 'Regional sales office',
    anonymous: true,
    implicated: [{ role: 'finance' }],
    ...overrides,
  };
}

export function namedReport(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    concernType: 'discrimination_harassment',
    title: 'Repeated comments in team meetings',
    description:
      'My manager makes remarks about my accent in every weekly meeting and excluded me from the offsite.',
    anonymous: false,
    reporter: { name: 'Dana Whitfield', email: 'dana.whitfield@example.com' },
    implicated: [{ name: 'Sam Ortega', role: 'employee' }],
    witnesses: [{ name: 'Lee Park', contact: 'lee.park@example.com' }],
    ...overrides,
  };
}

/** A JPEG carrying camera and author EXIF and GPS coordinates. */
export async function photoWithLocation(): Promise<Buffer> {
  return sharp({
    create: { width: 32, height: 24, channels: 3, background: { r: 120, g: 80, b: 40 } },
  })
    .jpeg()
    .withExif({
      IFD0: { Make: 'CanaryCam', Model: 'Whistle X1', Artist: 'Dana Whitfield' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '40/1 44/1 30/1',
        GPSLongitudeRef: 'W',
        GPSLongitude: '73/1 59/1 10/1',
      },
    })
    .toBuffer();
}

export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n' +
    'trailer << /Root 1 0 R >>\n%%EOF\n',
);

/** An ELF executable header: never accepted, whatever it is called. */
export const EXECUTABLE = Buffer.concat([
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]),
  Buffer.alloc(120, 1),
]);
