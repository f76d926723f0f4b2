import { pino, type Logger } from 'pino';

/** The levels a fixed line may have: none that the root logger flushes at once (warn and up). */
export type FixedLineLevel = 'debug' | 'info';

/** Writes one line, `fields` being the members of a JSON object (`"a":1,"b":{"c":"d"}`). */
export type FixedLineWriter = (level: FixedLineLevel, fields: string) => void;

interface PinoInternals {
  /** `{"level":30` and the like, by level number. */
  readonly lsCache: Readonly<Record<number, string>>;
  /** `,"time":…`, as the logger's timestamp option writes it. */
  readonly time: () => string;
  /** `,"pid":…,"hostname":…` and any other bindings. */
  readonly chindings: string;
  readonly stream: { write(line: string): unknown };
}

function internalsOf(logger: Logger): PinoInternals {
  const symbols = pino.symbols;
  const fields = logger as unknown as Record<symbol, unknown>;
  return {
    lsCache: fields[symbols.lsCacheSym] as PinoInternals['lsCache'],
    time: fields[symbols.timeSym] as PinoInternals['time'],
    chindings: fields[symbols.chindingsSym] as string,
    stream: fields[symbols.streamSym] as PinoInternals['stream'],
  };
}

/**
 * Lines of one message whose fields the caller serializes itself, written to the logger's own
 * stream with the logger's own level, time and bindings: the very line `logger[level](fields,
 * msg)` writes (a spec holds it to that), without pino's serialization of each field and, above
 * all, without its redaction. So it is only for lines whose every field the caller builds from
 * values known to hold nothing to redact (the request log: id, method, path, status, time), never
 * for an object that came from elsewhere. It reads pino's state through `pino.symbols`, which pino
 * exports for this kind of integration; the root logger has no mixin, formatters or multistream,
 * which such a line would bypass.
 */
export function fixedLines(logger: Logger, msg: string): FixedLineWriter {
  const { lsCache, time, chindings, stream } = internalsOf(logger);
  const starts: Record<FixedLineLevel, string | undefined> = {
    debug: lsCache[logger.levels.values.debug ?? NaN],
    info: lsCache[logger.levels.values.info ?? NaN],
  };
  const end = `,"msg":${JSON.stringify(msg)}}\n`;
  return (level, fields) => {
    if (!logger.isLevelEnabled(level)) return;
    const start = starts[level];
    if (start === undefined) throw new Error(`the logger has no level ${level}`);
    stream.write(`${start}${time()}${chindings},${fields}${end}`);
  };
}
