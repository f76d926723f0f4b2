// A minimal, bounded reader for the directory of an OLE compound file ([MS-CFB]). file-type stops
// at the signature and says `cfb`, which covers Outlook messages and legacy Office documents, but
// also Windows Installer packages, Thumbs.db and password-protected Office 2007+ files. The names of
// the streams in the directory tell them apart; we read nothing else.

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const HEADER_BYTES = 512;
const DIRECTORY_ENTRY_BYTES = 128;
const HEADER_DIFAT_ENTRIES = 109;
/** Sector numbers above this are markers (DIFSECT, FATSECT, ENDOFCHAIN, FREESECT), not sectors. */
const MAX_REGULAR_SECTOR = 0xfffffffa;
const END_OF_CHAIN = 0xfffffffe;
const OBJECT_STORAGE = 1;
const OBJECT_STREAM = 2;
const OBJECT_ROOT = 5;

export type CompoundFileKind = 'msg' | 'doc' | 'xls' | 'ppt';
export type CompoundFileClassification =
  { readonly kind: CompoundFileKind } | { readonly refused: 'macros' | 'encrypted' | 'unknown' };

/**
 * Names of the storages and streams in a compound file's directory, or undefined when the file is
 * not a well-formed compound file. Every loop is bounded by the file size, and a sector is never
 * visited twice, so a crafted FAT cannot make it spin.
 */
export function readCompoundFileEntryNames(content: Uint8Array): string[] | undefined {
  if (content.length < HEADER_BYTES || SIGNATURE.some((byte, i) => content[i] !== byte)) {
    return undefined;
  }
  const view = new DataView(content.buffer, content.byteOffset, content.byteLength);
  const u32 = (offset: number): number => view.getUint32(offset, true);
  const sectorShift = view.getUint16(0x1e, true);
  if (sectorShift !== 9 && sectorShift !== 12) return undefined;
  const sectorSize = 1 << sectorShift;
  const entriesPerSector = sectorSize / 4;
  // Sector n starts at (n + 1) * sectorSize: the header occupies a whole sector (512 bytes used).
  const sectorCount = Math.floor(content.length / sectorSize) - 1;
  const sectorOffset = (sector: number): number | undefined =>
    sector <= MAX_REGULAR_SECTOR && sector < sectorCount ? (sector + 1) * sectorSize : undefined;

  // The FAT is spread over sectors listed first in the header, then in a chain of DIFAT sectors.
  const fatSectorCount = u32(0x2c);
  if (fatSectorCount > sectorCount) return undefined;
  const fatSectors: number[] = [];
  for (let i = 0; i < Math.min(fatSectorCount, HEADER_DIFAT_ENTRIES); i++) {
    fatSectors.push(u32(0x4c + i * 4));
  }
  const visitedDifat = new Set<number>();
  let difatSector = u32(0x44);
  while (fatSectors.length < fatSectorCount) {
    const offset = sectorOffset(difatSector);
    if (offset === undefined || visitedDifat.has(difatSector)) return undefined;
    visitedDifat.add(difatSector);
    for (let i = 0; i < entriesPerSector - 1 && fatSectors.length < fatSectorCount; i++) {
      fatSectors.push(u32(offset + i * 4));
    }
    difatSector = u32(offset + sectorSize - 4);
  }
  const nextSector = (sector: number): number | undefined => {
    const fatOffset = sectorOffset(
      fatSectors[Math.floor(sector / entriesPerSector)] ?? END_OF_CHAIN,
    );
    return fatOffset === undefined ? undefined : u32(fatOffset + (sector % entriesPerSector) * 4);
  };

  const names: string[] = [];
  const visitedDirectory = new Set<number>();
  let sector = u32(0x30);
  while (sector !== END_OF_CHAIN) {
    const offset = sectorOffset(sector);
    if (offset === undefined || visitedDirectory.has(sector)) return undefined;
    visitedDirectory.add(sector);
    for (let entry = offset; entry < offset + sectorSize; entry += DIRECTORY_ENTRY_BYTES) {
      const type = content[entry + 0x42];
      const nameBytes = view.getUint16(entry + 0x40, true);
      if (type !== OBJECT_STORAGE && type !== OBJECT_STREAM && type !== OBJECT_ROOT) continue;
      // The length counts the terminating NUL; names are at most 31 UTF-16 code units.
      if (nameBytes < 2 || nameBytes > 64 || nameBytes % 2 !== 0) return undefined;
      names.push(Buffer.from(content.subarray(entry, entry + nameBytes - 2)).toString('utf16le'));
    }
    const next = nextSector(sector);
    if (next === undefined) return undefined;
    sector = next;
  }
  return names;
}

/**
 * Which allowed kind a compound file is, from the stream names each application writes
 * ([MS-OXMSG], [MS-DOC], [MS-XLS], [MS-PPT]), or why it is refused.
 */
export function classifyCompoundFile(content: Uint8Array): CompoundFileClassification {
  const names = readCompoundFileEntryNames(content);
  if (names === undefined) return { refused: 'unknown' };
  const has = (name: string): boolean => names.includes(name);
  // Office 2007+ files saved with a password are a compound file around the encrypted package.
  if (has('EncryptedPackage') || has('EncryptionInfo')) return { refused: 'encrypted' };
  if (has('__properties_version1.0') || names.some((name) => name.startsWith('__substg1.0_'))) {
    return { kind: 'msg' };
  }
  // We refuse macro-enabled .docm/.xlsm/.pptm, so legacy files with a VBA project go too. (Word
  // keeps it in `Macros`, Excel in `_VBA_PROJECT_CUR`; PowerPoint 97-2003 hides it inside its main
  // stream, where this check cannot see it.)
  if (has('Macros') || has('_VBA_PROJECT_CUR') || has('VBA')) return { refused: 'macros' };
  if (has('WordDocument')) return { kind: 'doc' };
  if (has('Workbook') || has('Book')) return { kind: 'xls' };
  if (has('PowerPoint Document')) return { kind: 'ppt' };
  return { refused: 'unknown' };
}
