import type { ComponentChildren } from 'preact';

/**
 * The HTML document around every page of either side: language, viewport, title, the side's
 * stylesheet, and an empty icon so that browsers do not ask for /favicon.ico.
 */
export function Document(props: {
  lang: string;
  /** The title as markup (latin1Markup), or a template's hole for it. */
  title: ComponentChildren;
  stylesheet: string;
  children: ComponentChildren;
}) {
  return (
    <html lang={props.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{props.title}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href={props.stylesheet} />
      </head>
      <body>{props.children}</body>
    </html>
  );
}
