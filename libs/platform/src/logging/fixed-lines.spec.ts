import { Writable } from 'node:stream';
import { pino } from 'pino';
import { fixedLines } from './fixed-lines.js';
import { createRootLogger } from './root-logger.js';

function capture(): { stream: Writable; lines: () => string[] } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString('utf8');
      done();
    },
  });
  return { stream, lines: () => text.split('\n').filter(Boolean) };
}

const withoutTime = (line: string) => line.replace(/,"time":\d+/, ',"time":0');

describe(fixedLines.name, () => {
  it('writes the line the root logger writes for the same fields, level, time and bindings included', async () => {
    const { stream, lines } = capture();
    const logger = createRootLogger('debug', stream);
    const write = fixedLines(logger, 'request completed');
    const fields = {
      req: { id: 'c0ffee', method: 'GET', path: '/a "quoted" \\ päth\n' },
      res: { statusCode: 200 },
      ms: 3,
    };
    logger.info(fields, 'request completed');
    write('info', JSON.stringify(fields).slice(1, -1));
    logger.debug(fields, 'request completed');
    write('debug', JSON.stringify(fields).slice(1, -1));
    await new Promise((resolve) => setImmediate(resolve));
    const [pinoInfo, ownInfo, pinoDebug, ownDebug] = lines().map(withoutTime);
    expect(ownInfo).toBe(pinoInfo);
    expect(ownDebug).toBe(pinoDebug);
    expect(JSON.parse(ownInfo ?? '')).toMatchObject({ level: 30, ...fields });
  });

  it("writes nothing below the logger's level", async () => {
    const { stream, lines } = capture();
    const write = fixedLines(createRootLogger('info', stream), 'request completed');
    write('debug', '"ms":1');
    write('info', '"ms":2');
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines().map((line) => (JSON.parse(line) as { ms: number }).ms)).toEqual([2]);
  });

  it('keeps the bindings of a child logger', async () => {
    const { stream, lines } = capture();
    const write = fixedLines(pino({}, stream).child({ context: 'http' }), 'm');
    write('info', '"ms":1');
    await new Promise((resolve) => setImmediate(resolve));
    expect(JSON.parse(lines()[0] ?? '')).toMatchObject({ context: 'http', ms: 1, msg: 'm' });
  });
});
