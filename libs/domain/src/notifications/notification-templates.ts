import { createHash } from 'node:crypto';
import { CATALOGUES, LANGUAGES } from '@candor/platform';

// Email bodies. Subjects are fixed and bodies carry a case reference, a link and one line on why:
// never a title, a description, a concern, a message or anyone's name (product.md §7, §9). A
// subject or a send time that varied with the report would tell an inbox reader more than that.

export const SUBJECTS = {
  case: 'Candor: a case needs your attention',
  digest: 'Candor: your daily summary',
  auditHead: 'Candor: daily audit log head',
  reporterNews: 'Candor: there is news about your report',
  signInPaused: 'Candor: sign-in to your account was paused',
  enrolment: 'Candor: set up your account',
  nobodyToTell: 'Candor: a notification has nobody to receive it',
} as const;

export interface RenderedMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** A line of a digest, or the subject of a case email: a case reference (or a label) and a link. */
export interface CaseLink {
  readonly reference: string;
  readonly url: string;
}

export type MailContent =
  | { readonly kind: 'case'; readonly reason: string; readonly case: CaseLink }
  /** A task that names no case (a retaliation review): the reason and a link, nothing else. */
  | { readonly kind: 'task'; readonly reason: string; readonly url: string }
  | { readonly kind: 'digest'; readonly cases: readonly CaseLink[] }
  | {
      readonly kind: 'audit_head';
      readonly seq: string;
      readonly hash: string;
      readonly day: string;
    }
  | { readonly kind: 'reporter_news'; readonly url: string }
  /** Nothing about who tried or from where: the same words for every pause. */
  | { readonly kind: 'sign_in_paused'; readonly minutes: number }
  /** A staff member's own enrolment link (a new account, or a second factor to set up again). */
  | {
      readonly kind: 'enrolment';
      readonly purpose: 'account' | 'second_factor';
      readonly url: string;
      readonly expiresAt: Date;
    }
  /** To administrators: which body has nobody to receive a notification, and nothing else. */
  | { readonly kind: 'nobody_to_tell'; readonly reason: string };

const FOOTER =
  'This message was sent by Candor. It contains no case details: sign in to read them.';

export function caseUrl(publicBaseUrl: string, reference: string): string {
  return `${publicBaseUrl}/cases/${encodeURIComponent(reference)}`;
}

export function retaliationReviewsUrl(publicBaseUrl: string): string {
  return `${publicBaseUrl}/retaliation/reviews`;
}

export function reporterUrl(publicBaseUrl: string): string {
  return `${publicBaseUrl}/follow-up`;
}

/**
 * The enrolment page with its single-use token. The token is in the query string because request
 * logs keep the path only, and the pages send no Referer (Referrer-Policy: no-referrer).
 */
export function enrolmentUrl(publicBaseUrl: string, token: string): string {
  return `${publicBaseUrl}/staff/enrol?token=${encodeURIComponent(token)}`;
}

export function renderMail(content: MailContent): RenderedMail {
  switch (content.kind) {
    case 'case':
      return mail(SUBJECTS.case, [
        { text: content.reason },
        { text: `Case ${content.case.reference}:`, link: content.case.url },
      ]);
    case 'task':
      return mail(SUBJECTS.case, [{ text: content.reason }, { text: 'Open:', link: content.url }]);
    case 'digest':
      return mail(SUBJECTS.digest, [
        {
          text:
            content.cases.length === 1
              ? '1 item needed your attention since your last summary:'
              : `${content.cases.length} items needed your attention since your last summary:`,
        },
        ...content.cases.map((c) => ({ text: `${c.reference}:`, link: c.url })),
      ]);
    case 'audit_head':
      return mail(SUBJECTS.auditHead, [
        { text: `The head of the Candor audit log on ${content.day} (UTC):` },
        { text: `Entry: ${content.seq}` },
        { text: `Hash: ${content.hash}` },
        {
          text: 'Keep this email. If the log is ever rewritten, the verification will no longer reach this hash.',
        },
      ]);
    case 'enrolment':
      return mail(
        SUBJECTS.enrolment,
        [
          {
            text:
              content.purpose === 'account'
                ? 'A staff account on Candor was created for you. Choose your password and set up your second factor here:'
                : 'The second factor of your Candor account was reset. Set up a new one here:',
            link: content.url,
          },
          {
            text: `The link works once, until ${utcMinute(content.expiresAt)} UTC. If it has expired, ask your administrator for a new one.`,
          },
        ],
        'If you did not expect this email, do not use the link and tell your administrator. Nobody from Candor will ask you for your password or a code.',
      );
    case 'reporter_news':
      return reporterNews(content.url);
    case 'sign_in_paused':
      return mail(SUBJECTS.signInPaused, [
        {
          text:
            'Someone gave the right password for your Candor account with wrong one-time codes ' +
            `several times, so sign-in to your account is paused for up to ${content.minutes} minutes.`,
        },
        {
          text: 'If that was not you, someone else knows your password: tell your Candor administrator at once.',
        },
      ]);
    case 'nobody_to_tell':
      return mail(SUBJECTS.nobodyToTell, [
        { text: content.reason },
        {
          text: 'It is kept, and sent to the first person who can receive it: create an account for that body, or enable one (npm run cli -- staff:create, staff:enable).',
        },
      ]);
    default:
      return unknownKind(content);
  }
}

/**
 * The reporter's "there is news" email, in every language of the pages' catalogues, English
 * first. Candor keeps no language for a reporter (it would be one more thing known about them),
 * and the subject stays the one fixed subject, so the inbox shows nothing that varies.
 */
function reporterNews(url: string): RenderedMail {
  const lines = LANGUAGES.flatMap((language): Line[] => {
    const text = CATALOGUES[language].email.reporterNews;
    return [
      { text: text.news, lang: language },
      { text: text.signIn, link: url, lang: language },
    ];
  });
  const footer = LANGUAGES.map((language) => CATALOGUES[language].email.reporterNews.footer);
  return mail(SUBJECTS.reporterNews, lines, footer.join('\n'));
}

function unknownKind(content: never): never {
  throw new Error(`Unknown mail kind ${JSON.stringify(content)}`);
}

interface Line {
  readonly text: string;
  readonly link?: string;
  /** The line's language, when the email mixes several. */
  readonly lang?: string;
}

function mail(subject: string, lines: readonly Line[], footer = FOOTER): RenderedMail {
  const text = [...lines.map((l) => (l.link ? `${l.text} ${l.link}` : l.text)), '', footer].join(
    '\n',
  );
  const html = [
    '<!doctype html>',
    `<html><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>`,
    ...lines.map((l) => {
      const open = l.lang ? `<p lang="${escapeHtml(l.lang)}">` : '<p>';
      return l.link
        ? `${open}${escapeHtml(l.text)} <a href="${escapeHtml(l.link)}">${escapeHtml(l.link)}</a></p>`
        : `${open}${escapeHtml(l.text)}</p>`;
    }),
    ...footer.split('\n').map((line) => `<p style="color:#666">${escapeHtml(line)}</p>`),
    '</body></html>',
  ].join('\n');
  return { subject, text: `${text}\n`, html: `${html}\n` };
}

/** `2026-05-04 13:07`: a deadline as a person reads it, in UTC like the digest and audit head. */
function utcMinute(date: Date): string {
  return date.toISOString().slice(0, 16).replace('T', ' ');
}

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * The Message-ID of the email for (event, recipient): the same on every attempt, so that a
 * duplicate sent after a crash collapses in mail clients. The recipient appears only as a hash.
 */
export function stableMessageId(eventId: string, recipient: string): string {
  const recipientHash = createHash('sha256')
    .update(`candor-recipient:${recipient}`)
    .digest('hex')
    .slice(0, 20);
  return `<${eventId}.${recipientHash}@candor>`;
}
