import { type AttachmentExtension, MAX_FILE_NAME_LENGTH } from './attachment-policy.js';
import { safeFileName } from './safe-file-name.js';

describe(safeFileName.name, () => {
  it.each<[string, string, AttachmentExtension, string]>([
    ['keeps an ordinary name', 'minutes 2026-03.pdf', 'pdf', 'minutes 2026-03.pdf'],
    ['lower-cases the extension', 'SCAN.PDF', 'pdf', 'SCAN.pdf'],
    ['replaces an extension that lies about the content', 'photo.png', 'jpg', 'photo.jpg'],
    ['uses the canonical spelling of an extension', 'photo.jpeg', 'jpg', 'photo.jpg'],
    [
      'does not double an extension hidden before a fake one',
      'invoice.pdf.exe',
      'pdf',
      'invoice.pdf',
    ],
    ['replaces the last of several extensions', 'invoice.pdf.exe', 'txt', 'invoice.pdf.txt'],
    ['appends to a name without an extension', 'README', 'txt', 'README.txt'],
    ['treats a number after a dot as part of the name', 'notes v2.3', 'txt', 'notes v2.3.txt'],
    [
      'keeps a Windows path’s last component only',
      'C:\\Users\\jane.doe\\Desktop\\notes.txt',
      'txt',
      'notes.txt',
    ],
    ['keeps a POSIX path’s last component only', '/home/jane/ledger.csv', 'csv', 'ledger.csv'],
    ['refuses to climb out of a directory', '../../etc/passwd', 'txt', 'passwd.txt'],
    ['drops a right-to-left override', 'invoice\u202Efdp.exe', 'pdf', 'invoicefdp.pdf'],
    [
      'drops bidi isolates and zero-width characters',
      'a\u2066b\u2069c\u200Bd.txt',
      'txt',
      'abcd.txt',
    ],
    [
      'keeps zero-width non-joiners that spell a name',
      'می\u200Cخواهم.txt',
      'txt',
      'می\u200Cخواهم.txt',
    ],
    ['drops control characters', 'line\r\nbreak\u0000\u0085.txt', 'txt', 'linebreak.txt'],
    ['replaces Windows-reserved characters', 'a<b>c:d"e|f?g*h.txt', 'txt', 'a_b_c_d_e_f_g_h.txt'],
    ['collapses whitespace', 'a \t  b\u00A0c.txt', 'txt', 'a b c.txt'],
    ['removes leading dots, so the file is not hidden', '.bashrc', 'txt', 'bashrc.txt'],
    ['removes trailing dots and spaces', 'notes. . ', 'txt', 'notes.txt'],
    ['falls back to "attachment" for an empty name', '', 'pdf', 'attachment.pdf'],
    ['falls back to "attachment" when only an extension is left', '.pdf', 'pdf', 'attachment.pdf'],
    ['falls back to "attachment" for a name of dots', '...', 'gif', 'attachment.gif'],
    ['falls back to "attachment" for a bare directory', 'C:\\Users\\', 'png', 'attachment.png'],
    [
      'falls back to "attachment" for invisible characters only',
      '\u202E\u200B',
      'eml',
      'attachment.eml',
    ],
    ['escapes a Windows device name', 'CON.txt', 'txt', '_CON.txt'],
    ['escapes a device name with several extensions', 'nul.tar.gz', 'txt', '_nul.tar.txt'],
    ['keeps a name that merely starts like a device', 'console.txt', 'txt', 'console.txt'],
    ['composes Unicode (NFC)', 'Zoe\u0308.txt', 'txt', 'Zoë.txt'],
    ['keeps non-Latin names', 'отчёт 財務.docx', 'docx', 'отчёт 財務.docx'],
  ])('%s', (_, declaredName, extension, expected) => {
    expect(safeFileName(declaredName, extension)).toBe(expected);
  });

  it.each([
    ['ASCII', 'a'],
    ['two-byte letters', 'é'],
    ['emoji made of several code points', '👩🏽\u200D💻'],
    ['flags', '🇫🇷'],
  ])('cuts a long name of %s to the byte limit without splitting a character', (_, unit) => {
    const sut = safeFileName(`${unit.repeat(400)}.pdf`, 'pdf');

    expect(Buffer.byteLength(sut, 'utf8')).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(sut.endsWith('.pdf')).toBe(true);
    expect(sut).not.toContain('\uFFFD');
    // Only whole units are left before the extension.
    expect(sut.slice(0, -4).replaceAll(unit, '')).toBe('');
  });
});
