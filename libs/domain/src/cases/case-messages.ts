import type { Route } from '../routing/routing.types.js';

const BODY_NAMES: Record<Route, string> = {
  general_counsel: 'the General Counsel (with the Chief Financial Officer)',
  audit_committee: 'the Audit Committee of the Board',
  board: 'the Board of Directors',
};

/**
 * The acknowledgement every reporter receives. It names who handles the report and when feedback
 * is due, and says that nothing here stops them from going to a regulator (SEC Rule 21F-17; the
 * Code's "Requests by regulatory authorities").
 */
export function acknowledgementMessage(handledBy: Route, feedbackDueAt: Date): string {
  return [
    `Thank you for your report. We confirm that we have received it and that it is being handled by ${BODY_NAMES[handledBy]}.`,
    `You will hear from us about what has been done by ${feedbackDueAt.toISOString().slice(0, 10)} at the latest. You can add information or files at any time with your receipt.`,
    'Retaliation against anyone who reports in good faith is prohibited. If you experience it, use "Report retaliation" on this page.',
    'Nothing in this process prevents you from reporting possible violations of law to the U.S. Securities and Exchange Commission or any other governmental authority, and you do not need our permission or to tell us before doing so.',
  ].join('\n\n');
}
