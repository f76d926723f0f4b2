// The reporter's pages: the start page and the first report page against the HTTP floor's bare
// route, a whole anonymous report through every page against the JSON intake, and what each page
// weighs. See bench/README.md.
import { randomBytes } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
import { performance } from 'node:perf_hooks';
import { REPORT } from './fixtures.js';
import { row } from './report.js';
import { withBareServer } from './scenario-http.js';
import { latencySummary, load, median, medianMs, withCpu } from './support.js';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/**
 * Kept-alive connections for the simulated browsers. Node's `fetch` cost this process 10 to 15 ms
 * of CPU per report (15 requests), on the core it shares with PostgreSQL and Redis, where
 * autocannon, the JSON intake's load generator, costs a fraction of a millisecond per report: the
 * page figure paid for its load generator. `node:http` costs a third of that.
 */
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** One request: status, Set-Cookie lines and the body as text. Redirects are not followed. */
function send(url, { method = 'GET', headers = {}, body }) {
  return new Promise((resolve, reject) => {
    const length = body === undefined ? {} : { 'content-length': Buffer.byteLength(body) };
    const req = httpRequest(url, { method, headers: { ...headers, ...length }, agent }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () =>
        resolve({
          status: res.statusCode,
          setCookies: res.headers['set-cookie'] ?? [],
          text: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A multipart/form-data body as a browser sends it, with one file field left empty. */
function multipartBody(fields) {
  const boundary = `----candorbench${randomBytes(12).toString('hex')}`;
  const parts = Object.entries(fields).map(
    ([name, value]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  // What a browser sends for a file field left empty.
  parts.push(
    `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename=""\r\n` +
      `Content-Type: application/octet-stream\r\n\r\n\r\n`,
  );
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    body: `${parts.join('')}--${boundary}--\r\n`,
  };
}

/**
 * A reporter's browser without JavaScript, as far as the server can tell: cookies kept, the CSRF
 * token read off each form, redirects not followed (each page is its own request, as a browser
 * sends it after a 303).
 */
class Reporter {
  constructor(base) {
    this.base = base;
    this.cookies = new Map();
    this.csrf = '';
    this.largestPage = { path: '', bytes: 0 };
  }

  async request(path, init = {}) {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const res = await send(`${this.base}${path}`, {
      ...init,
      headers: { ...init.headers, ...(cookie ? { cookie } : {}) },
    });
    for (const line of res.setCookies) {
      const [name, value] = line.split(';')[0].split('=');
      if (/Expires=Thu, 01 Jan 1970/.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const { text } = res;
    const token = /name="_csrf" value="([^"]+)"/.exec(text)?.[1];
    if (token) this.csrf = token;
    if (res.status >= 400)
      throw new Error(`${init.method ?? 'GET'} ${path} answered ${res.status}`);
    if ((init.method ?? 'GET') === 'GET' && text.length > this.largestPage.bytes) {
      this.largestPage = { path, bytes: Buffer.byteLength(text) };
    }
    return { status: res.status, text };
  }

  post(path, fields) {
    const body = new URLSearchParams({ _csrf: this.csrf, website: '', ...fields }).toString();
    return this.request(path, { method: 'POST', headers: FORM, body });
  }

  postMultipart(path, fields) {
    const { contentType, body } = multipartBody({ _csrf: this.csrf, website: '', ...fields });
    return this.request(path, { method: 'POST', headers: { 'content-type': contentType }, body });
  }

  /** Every page of an anonymous report, the receipt included; what the JSON intake does in one POST. */
  async report() {
    await this.request('/report/concern');
    await this.post('/report/concern', { concernType: REPORT.concernType });
    await this.request('/report/what-happened');
    await this.post('/report/what-happened', {
      title: REPORT.title,
      description: REPORT.description,
    });
    await this.request('/report/when-where');
    await this.post('/report/when-where', {
      'occurredAt-day': '2',
      'occurredAt-month': '3',
      'occurredAt-year': '2026',
      location: REPORT.location,
    });
    await this.request('/report/people');
    await this.post('/report/people', {
      'implicated-0-role': 'employee',
      'implicated-0-name': 'R. Buyer',
      'witnesses-0-name': 'A. Colleague',
      'witnesses-0-contact': 'a.colleague@example.com',
    });
    await this.request('/report/files');
    await this.postMultipart('/report/files', { action: 'continue' });
    await this.request('/report/about-you');
    await this.post('/report/about-you', { anonymous: 'anonymous' });
    await this.request('/report/check');
    await this.post('/report/check', {});
    const receipt = await this.request('/report/receipt');
    if (!receipt.text.includes('receipt__code')) throw new Error('no receipt was shown');
  }
}

/** Whole reports through the pages from `connections` reporters at once, for `seconds`. */
async function pageReports(base, connections, seconds) {
  const durations = [];
  const failures = [];
  const largest = { path: '', bytes: 0 };
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const reporter = new Reporter(base);
        const t = performance.now();
        try {
          await reporter.report();
          durations.push(performance.now() - t);
        } catch (error) {
          failures.push(error.message);
        }
        if (reporter.largestPage.bytes > largest.bytes)
          Object.assign(largest, reporter.largestPage);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return {
    reports: durations.length,
    reportsPerSecond: durations.length / elapsed,
    latency: latencySummary(durations),
    failures: failures.length,
    firstFailures: [...new Set(failures)].slice(0, 3),
    largest,
  };
}

/** The weight of the heaviest reporter page a browser loads, with its stylesheet. */
async function pageWeights(base) {
  const reporter = new Reporter(base);
  await reporter.report();
  const weights = [];
  for (const path of ['/', '/privacy', '/accessibility', '/follow-up', '/report/concern']) {
    const res = await fetch(`${base}${path}`);
    weights.push({ path, bytes: Buffer.byteLength(await res.text()) });
  }
  weights.push(reporter.largestPage);
  const home = await (await fetch(`${base}/`)).text();
  const href = /<link rel="stylesheet" href="([^"]+)"/.exec(home)?.[1];
  const css = href ? Buffer.byteLength(await (await fetch(`${base}${href}`)).text()) : NaN;
  const heaviest = weights.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  return { weights, css, heaviest };
}

export async function pages(ctx) {
  const connections = 16;
  const base = ctx.apiUrl;
  return withBareServer(ctx, async (bareUrl) => {
    const pagesToMeasure = ['/', '/report/concern'];
    for (const path of pagesToMeasure) {
      await load({ url: `${base}${path}`, connections, duration: ctx.warmupSeconds });
    }
    await load({ url: bareUrl, connections, duration: ctx.warmupSeconds });
    const jsonIntake = (duration) =>
      load({
        url: `${base}/api/v1/intake/reports`,
        connections,
        duration,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(REPORT),
      });
    await pageReports(base, connections, ctx.warmupSeconds);
    await jsonIntake(ctx.warmupSeconds);

    const runs = [];
    for (let i = 0; i < ctx.runs; i += 1) {
      // Each figure next to its baseline, in alternating order (see the HTTP floor).
      const pair = async (measure, baseline) =>
        i % 2 === 0
          ? { app: await measure(), baseline: await baseline() }
          : { baseline: await baseline(), app: await measure() };
      const bare = () => load({ url: bareUrl, connections, duration: ctx.seconds });
      const start = await pair(
        () => load({ url: `${base}/`, connections, duration: ctx.seconds }),
        bare,
      );
      const concern = await pair(
        () => load({ url: `${base}/report/concern`, connections, duration: ctx.seconds }),
        bare,
      );
      // What each report cost in CPU: the machine, API, worker and this process (the load generator).
      const pids = [ctx.api.pid, ctx.worker?.pid, process.pid];
      const submission = await pair(
        () => withCpu(pids, () => pageReports(base, connections, ctx.seconds)),
        () => withCpu(pids, () => jsonIntake(ctx.seconds)),
      );
      runs.push({ start, concern, submission });
    }
    const weight = await pageWeights(base);
    const pageErrors = runs.reduce(
      (sum, r) => sum + r.start.app.errors + r.concern.app.errors + r.submission.app.failures,
      0,
    );
    const heaviestKb = (weight.heaviest.bytes + weight.css) / 1024;
    const cpuPerReport = (side, count) => {
      const per = (pick) =>
        medianMs(runs.map((r) => pick(r.submission[side].cpu) / count(r.submission[side])));
      return (
        `machine ${per((c) => c.machineSeconds)} ms (API ${per((c) => c.processSeconds[0])}, ` +
        `worker ${per((c) => c.processSeconds[1])}, load generator ${per((c) => c.processSeconds[2])})`
      );
    };
    return {
      raw: { connections, runs, weight },
      rows: [
        row({
          scenario: 'pages',
          figure: 'GET / req/s (16 conn)',
          values: runs.map((r) => r.start.app.okRps),
          baseline: runs.map((r) => r.start.baseline.rps),
          baselineLabel: 'bare Nest+Fastify',
          goal: '≥ 0.5× baseline',
          check: ({ ratio }) => ratio >= 0.5,
          digits: 0,
        }),
        row({
          scenario: 'pages',
          figure: 'GET /report/concern req/s',
          values: runs.map((r) => r.concern.app.okRps),
          baseline: runs.map((r) => r.concern.baseline.rps),
          baselineLabel: 'bare Nest+Fastify',
          goal: '≥ 0.5× baseline',
          check: ({ ratio }) => ratio >= 0.5,
          digits: 0,
        }),
        row({
          scenario: 'pages',
          figure: 'whole report via pages p99 ms',
          values: runs.map((r) => r.submission.app.latency.p99),
          baseline: runs.map((r) => r.submission.baseline.latency.p99),
          baselineLabel: 'JSON intake p99',
          goal: '≤ 2× baseline',
          check: ({ ratio }) => ratio <= 2 && pageErrors === 0,
          note:
            `${connections} reporters at once, 15 requests each (every page and every answer, ` +
            `the receipt included): ${Math.round(median(runs.map((r) => r.submission.app.reportsPerSecond)))} ` +
            `reports/s against the JSON intake's ${Math.round(median(runs.map((r) => r.submission.baseline.okRps)))}/s; ` +
            `CPU per report while measured, through the pages: ${cpuPerReport('app', (m) => m.reports)}; ` +
            `JSON: ${cpuPerReport('baseline', (m) => m.responses)}` +
            (pageErrors
              ? `; ${pageErrors} failed: ${runs.flatMap((r) => r.submission.app.firstFailures).join('; ')}`
              : ''),
        }),
        row({
          scenario: 'pages',
          figure: 'heaviest reporter page, HTML + CSS KB',
          values: [heaviestKb],
          goal: '≤ 30 KB',
          check: ({ value }) => value <= 30,
          note: `${weight.heaviest.path}: ${weight.heaviest.bytes} bytes of HTML, ${weight.css} of CSS; ${weight.weights
            .map((w) => `${w.path} ${w.bytes}`)
            .join(', ')}`,
        }),
      ],
    };
  });
}
