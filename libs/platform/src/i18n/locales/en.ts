// English: the reference catalogue. Every other language has exactly these keys (see Catalogue).
// Interpolation: {{name}}. In texts rendered as rich text, [words](/path) is a link and **words**
// are bold; nothing else is markup, and everything is escaped when it is rendered.

export const en = {
  meta: {
    /** The language's own name, shown in the language switch. */
    name: 'English',
    locale: 'en-US',
  },

  layout: {
    serviceName: 'Candor',
    serviceTagline: 'Report a concern safely',
    skipLink: 'Skip to main content',
    languages: 'Language',
    footerLabel: 'Support links',
    privacy: 'Privacy notice',
    accessibility: 'Accessibility statement',
    followUp: 'Follow up on a report',
    footerNote:
      'Candor keeps no IP address or browser details. This site uses no tracking and loads nothing from other websites.',
    back: 'Back',
    continue: 'Continue',
    optional: '(optional)',
    change: 'Change',
    remove: 'Remove',
    notGiven: 'Not given',
    errorTitlePrefix: 'Error: ',
    errorSummaryTitle: 'There is a problem',
    errorPrefix: 'Error:',
    honeypotLabel: 'Leave this field empty',
  },

  routes: {
    general_counsel: 'the General Counsel, together with the Chief Financial Officer',
    audit_committee: 'the Audit Committee of the Board of Directors',
    board: 'the Board of Directors',
  },

  concerns: {
    groups: {
      financialReporting: 'Financial reporting',
      publicCommunications: 'Public communications',
      companyAssets: 'Safeguarding company assets and information',
      conflicts: 'Avoiding conflicts of interests',
      customersSuppliersCompetitors: 'Customers, suppliers and competitors',
      governments: 'Working with governments',
      conduct: 'General standards of conduct',
      reporting: 'Reporting violations',
      other: 'Anything else',
    },
    types: {
      accounting: {
        label: 'Accounting or financial reporting',
        hint: 'For example revenue recorded too early, costs hidden, or figures in reports or filings that you believe are wrong.',
      },
      internal_controls: {
        label: 'Internal controls',
        hint: 'Approvals skipped, checks bypassed, or controls that are missing or ignored.',
      },
      auditing: {
        label: 'Auditing, or pressure on auditors',
        hint: 'Someone misleading, pressuring or hiding things from the internal or external auditors.',
      },
      disclosure: {
        label: 'Misleading public statements',
        hint: 'Something the company told investors or the public, for example in an SEC filing or a press release, that you believe is materially misleading.',
      },
      insider_trading: {
        label: 'Insider trading',
        hint: 'Buying or selling shares, or tipping others off, while knowing important information that is not public.',
      },
      conflict_of_interest: {
        label: 'Conflict of interest',
        hint: 'Someone favouring their own interests, relatives or side businesses; deals with related parties; taking business opportunities; improper loans.',
      },
      improper_payments: {
        label: 'Bribery or improper payments',
        hint: 'Bribes, kickbacks or payments to officials or anyone else to win or keep business.',
      },
      gifts_entertainment: {
        label: 'Gifts and entertainment',
        hint: 'Gifts, hospitality or trips that are excessive or meant to influence a decision.',
      },
      discrimination_harassment: {
        label: 'Discrimination or harassment',
        hint: 'Being treated unfairly because of who you are, or unwelcome conduct such as bullying, sexual harassment or offensive remarks.',
      },
      health_safety: {
        label: 'Health and safety',
        hint: 'Dangers to the health or safety of people at work.',
      },
      confidential_information: {
        label: 'Misuse of confidential information',
        hint: 'Nonpublic information of the company, its customers or others being leaked, shared or used improperly.',
      },
      competition: {
        label: 'Unfair competition',
        hint: 'Agreements with competitors on prices, customers or markets, or other unfair ways of competing.',
      },
      government_dealings: {
        label: 'Dealings with governments',
        hint: 'Government contracts, lobbying, political contributions, or export and trade restrictions.',
      },
      records_retention: {
        label: 'Destroying or changing records',
        hint: 'Records destroyed, altered or hidden, including documents that must be kept for a legal matter.',
      },
      company_assets: {
        label: 'Theft or misuse of company property',
        hint: 'Theft, fraud, waste, or personal use of company money, equipment or data.',
      },
      retaliation: {
        label: 'Retaliation',
        hint: 'Punishment, threats or unfair treatment of someone because they reported a concern or helped an investigation.',
      },
      other: {
        label: 'Something else',
        hint: 'Any other breach of the Code of Business Conduct, the law or company policy.',
      },
    },
  },

  roles: {
    director: 'A director (a member of the Board)',
    executive_officer: 'An executive officer',
    general_counsel: 'The General Counsel',
    legal: 'Someone in the Legal department',
    cfo: 'The Chief Financial Officer',
    finance: 'Someone in Finance or Accounting',
    employee: 'An employee',
    contractor: 'A contractor or agent',
    third_party: 'Someone outside the company',
    unknown: 'I do not know',
  },

  statuses: {
    received: {
      label: 'Received',
      next: 'Your report has arrived. The people handling it will acknowledge it by {{date}}.',
    },
    acknowledged: {
      label: 'Acknowledged',
      next: 'Your report has been acknowledged. The people handling it will now assess it.',
    },
    triage: {
      label: 'Being assessed',
      next: 'The people handling your report are assessing it and deciding how to look into it.',
    },
    investigating: {
      label: 'Being investigated',
      next: 'Your report is being investigated. You may be asked questions here.',
    },
    resolved: {
      label: 'Resolved',
      next: 'The investigation has finished. The people handling your report may write to you here before the case is closed.',
    },
    closed: {
      label: 'Closed',
      next: 'The case is closed. You can still read it here.',
    },
    dismissed: {
      label: 'Closed without investigation',
      next: 'The people handling your report decided not to investigate it further. If they gave a reason, you will find it in the messages.',
    },
    reopened: {
      label: 'Reopened',
      next: 'The case has been reopened and is being looked at again.',
    },
  },

  start: {
    title: 'Report a concern about conduct at work',
    lead: 'Use Candor to report something you believe breaks the Code of Business Conduct and Ethics, the law or company policy. You can stay anonymous.',
    makeReport: 'Make a report',
    haveReceipt: 'I have a receipt',
    haveReceiptText:
      'If you have already made a report, [sign in with your receipt](/follow-up) to read replies, answer questions or add files.',
    whoHeading: 'Who reads your report',
    whoIntro:
      'The Code decides who receives a report. Candor sends it there automatically, and you will see where it goes before you send it:',
    whoList: [
      '**The Audit Committee of the Board of Directors** receives concerns about accounting, internal controls or auditing, and reports that implicate the General Counsel or someone in the Legal department.',
      '**The Board of Directors** receives reports that implicate a director or an executive officer.',
      '**The General Counsel, together with the Chief Financial Officer,** receives everything else.',
    ],
    whoExcluded:
      'Anyone named in a report as involved in it cannot see it and is not told about it.',
    anonymousHeading: 'How anonymous your report is',
    anonymousList: [
      'You do not have to give your name. Anonymous is the default.',
      'Candor does not store your IP address or any details of your browser or device, and this site sets no tracking cookies.',
      'To leave no trace on company systems, use a personal device and a personal network (for example your phone on mobile data), not a company laptop or the office Wi-Fi.',
      'What you write can identify you. Leave out details that only you would know if they are not needed to understand the concern.',
    ],
    receiptHeading: 'Your receipt',
    receiptText:
      'When you send a report you get a receipt: a code of 24 letters and numbers. It is the only way back to your report, to read replies and add information. It is shown once and cannot be recovered, so write it down or print it and keep it somewhere safe.',
    outsideHeading: 'You can also go to the authorities',
    outsideText:
      'Nothing in this process stops you from reporting possible violations of law to the U.S. Securities and Exchange Commission (SEC) or any other government authority. You do not need the company’s permission, and you do not need to tell the company that you have done so.',
    retaliationHeading: 'Protection from retaliation',
    retaliationText:
      'The Code strictly prohibits reprisals, threats or retaliation against anyone who reports a concern in good faith or helps with an investigation. If it happens to you, report it from your follow-up page.',
    channelsHeading: 'Other ways to report',
    channelsIntro: 'The Code also lets you report:',
    channelsList: [
      'to the General Counsel by phone on 650-801-6252, by email to bposey@qualys.com, or by letter to Qualys, Inc., 919 East Hillsdale Boulevard, 4th Floor, Foster City, CA 94404, ATTENTION: General Counsel',
      'anonymously, by a letter without your name to the same address',
      'about accounting, internal controls or auditing, or if the General Counsel or the Legal department is involved: to the Audit Committee by letter (signed or anonymous) to Qualys, Inc., 919 East Hillsdale Boulevard, 4th Floor, Foster City, CA 94404, ATTENTION: Audit Committee of Qualys, Inc., or through the Confidential and Anonymous Financial Concern Hotline on 866-528-2457 or at https://www.whistleblowerservices.com/qlys',
    ],
  },

  report: {
    draftNote:
      'Your answers are kept encrypted for one hour after your last answer, and deleted when you send the report. Only this browser holds the key to them.',
    startAgain: 'Start again',
    concern: {
      title: 'What is your concern about?',
      hint: 'Choose the closest match. The people handling your report can change it if needed.',
      goesTo: 'Goes to {{body}}.',
      boardNote:
        'If you later name a director or an executive officer as involved, your report goes to the Board of Directors instead; if you name the General Counsel or someone in Legal, to the Audit Committee.',
    },
    whatHappened: {
      title: 'What happened?',
      guidanceHeading: 'What to include',
      guidance: [
        'Give as much detail as you can: what happened, who was involved, when and where, how you know, and whether it is still going on.',
        'Say where evidence can be found. You can attach documents, photos or emails in a later step, as the Code asks.',
        'If you want to stay anonymous, leave out details that only you would know if they are not needed to understand the concern.',
      ],
      titleLabel: 'A short title',
      titleHint:
        'For example: “Sales booked before the goods were delivered”. At most {{max, number}} characters.',
      descriptionLabel: 'Describe what happened',
      descriptionHint: 'At most {{max, number}} characters.',
    },
    whenWhere: {
      title: 'When and where did it happen?',
      dateLegend: 'When did it happen?',
      dateHint:
        'If you are not sure of the day, give the month and year. If it happened over a period, give the date it started. For example, 27 3 2026.',
      day: 'Day',
      month: 'Month',
      year: 'Year',
      locationLabel: 'Where did it happen?',
      locationHint:
        'For example an office, a site, a team or a system. At most {{max, number}} characters.',
    },
    people: {
      title: 'Who was involved?',
      hint: 'You can leave this page empty if you do not know or prefer not to say.',
      implicatedLegend: 'People involved in what you are reporting',
      implicatedHint:
        'Give their role even if you leave out the name. Naming a director or an executive officer sends your report to the Board of Directors; naming the General Counsel or someone in Legal sends it to the Audit Committee.',
      person: 'Person {{n}}',
      personName: 'Name',
      personRole: 'Role',
      chooseRole: 'Choose a role',
      addPerson: 'Add another person',
      removePerson: 'Remove person {{n}}',
      witnessesLegend: 'Witnesses, or people who could help',
      witnessesHint:
        'People who saw what happened or know about it. Their names are kept encrypted and they are protected from retaliation too.',
      witness: 'Witness {{n}}',
      witnessName: 'Name',
      witnessContact: 'How to reach them',
      witnessContactHint: 'An email address, a phone number or their team.',
      addWitness: 'Add another witness',
      removeWitness: 'Remove witness {{n}}',
    },
    files: {
      title: 'Add documents or photos',
      hint: 'Documents, photos, screenshots or emails that show what happened. At most {{count}} files of 25 MB each.',
      metadataHeading: 'Hidden details in files',
      metadataWarning:
        'We remove location, camera and author details from photos and other images before storing them. Other files (PDFs, Word, Excel, PowerPoint and OpenDocument files, emails) are stored exactly as you send them, and may carry hidden details such as your name, your organisation, your computer’s name or email addresses. File names are kept too. If that matters to you, remove those details or rename the file before uploading, or send a screenshot instead.',
      accepted:
        'Accepted: PDF, JPEG, PNG, GIF or WebP images, plain text or CSV, Word, Excel, PowerPoint or OpenDocument files, and emails (.eml, .msg).',
      chooseLabel: 'Choose files',
      upload: 'Add these files',
      addedHeading: 'Files added',
      noneAdded: 'No files added yet. Adding files is optional.',
      cleaned: 'Location, camera and author details removed',
      notCleaned: 'Stored as sent: may carry hidden details',
      removeFile: 'Remove {{name}}',
      full: 'You have added the most files one report can carry. Remove one to add another, or add more from your follow-up page after sending.',
      busy: 'Candor cannot hold more files for unsent reports right now. Send your report without them and add the files from your follow-up page with your receipt, or try again in an hour.',
    },
    aboutYou: {
      title: 'Do you want to give your name?',
      anonymous: 'No, stay anonymous',
      anonymousHint:
        'We do not ask for or keep anything that identifies you. You follow up with your receipt only.',
      named: 'Yes, give my name and a way to contact me',
      namedHint:
        'Your name and contact details are encrypted and hidden from the people handling your report. They are kept confidential with reasonable efforts, but no blanket guarantee is possible: your identity may become apparent during an investigation or may have to be disclosed, for example in regulatory proceedings. If it ever has to be disclosed, you are told first, on your follow-up page.',
      outside:
        'Whichever you choose, you may also report to the SEC or another authority without telling the company.',
    },
    contact: {
      title: 'Your name and how to contact you',
      nameLabel: 'Full name',
      emailLabel: 'Email address',
      emailHint:
        'Use a personal address if you do not want the company’s email system to hold messages about your report.',
      phoneLabel: 'Phone number',
      phoneHint: 'Give an email address, a phone number or both.',
      newsLegend: 'Emails about your report',
      newsLabel: 'Email me when there is news about my report',
      newsHint:
        'The email only says that there is news and links to the follow-up page: it never contains your report, a reference or a name. But anyone who can read your inbox will see that you receive emails from Candor.',
    },
    check: {
      title: 'Check your answers before sending your report',
      concernHeading: 'Your concern',
      concern: 'What it is about',
      goesTo: 'Who receives it',
      reportTitle: 'Title',
      description: 'What happened',
      date: 'When',
      location: 'Where',
      implicated: 'People involved',
      witnesses: 'Witnesses',
      files: 'Files',
      filesCount_one: '{{count}} file',
      filesCount_other: '{{count}} files',
      you: 'About you',
      anonymous: 'Anonymous',
      named: 'Named',
      name: 'Name',
      email: 'Email',
      phone: 'Phone',
      news: 'News by email',
      yes: 'Yes',
      no: 'No',
      noPeople: 'Nobody named',
      noFiles: 'No files',
      sendHeading: 'Now send your report',
      sendText:
        'When you send it, you get your receipt. It is shown once and cannot be recovered: have a pen ready or be ready to print.',
      send: 'Send report',
      incomplete: {
        concern: 'Select what your concern is about',
        whatHappened: 'Give a title and describe what happened',
        whenWhere: 'Check when and where it happened',
        people: 'Check the people involved and the witnesses',
        aboutYou: 'Select whether you want to give your name',
        contact: 'Give your name and an email address or a phone number',
      },
    },
    receipt: {
      title: 'Your report has been sent',
      reference: 'Case reference',
      receiptHeading: 'Your receipt',
      receiptLabel: 'Receipt',
      onlyOnce:
        '**This is the only time we will show your receipt. It cannot be recovered.** Write it down or print this page now, and keep it somewhere safe, away from company systems.',
      readAloud: 'Read aloud in groups of four: {{groups}}.',
      howToUse:
        'To read replies, answer questions or add information, go to {{url}} and sign in with this receipt.',
      goesTo: 'Your report goes to {{body}}. They will acknowledge it by {{date}}.',
      print:
        'To print, use your browser’s Print command (Ctrl+P, or Cmd+P on a Mac). Only the receipt and the follow-up address are printed.',
      whatNext: 'What happens next',
      whatNextText:
        'Come back with your receipt in a few days to read the acknowledgement. The people handling your report may ask you questions there. Feedback on what was done is due within 3 months of the acknowledgement.',
      alreadyShownTitle: 'Your receipt has already been shown',
      alreadyShownText:
        'For your safety a receipt is shown only once, and it is not kept anywhere it could be shown again. If you did not write it down, you cannot follow up on that report; you can make a new report that mentions the earlier one.',
      waitingTitle: 'Your report is being sent',
      waitingText:
        'This is taking longer than usual. Reload this page in a moment to see your receipt.',
    },
    expired: {
      title: 'Your answers are no longer here',
      text: 'Answers to a report that is not sent are deleted one hour after the last answer, or when the browser is closed. Nothing was sent.',
      action: 'Start a new report',
    },
    sent: {
      title: 'This report has already been sent',
      text: 'Each report is sent once. If you did not note the receipt, make a new report that mentions the earlier one.',
    },
  },

  followUp: {
    signIn: {
      title: 'Follow up on a report',
      lead: 'Sign in with the receipt you got when you sent your report to read replies, answer questions or add files.',
      receiptLabel: 'Your receipt',
      receiptHint:
        '24 letters and numbers. Spaces, dashes and small letters are fine, and you can paste it.',
      submit: 'Sign in',
      lost: 'A lost receipt cannot be recovered. You can [make a new report](/report/concern) that mentions the earlier one.',
      timing:
        'For your safety you are signed out 15 minutes after signing in. If you write a long message, write it somewhere else first and paste it here.',
      signedOut: 'You have signed out.',
      expired:
        'You were signed out because 15 minutes have passed. Sign in again with your receipt.',
    },
    case: {
      title: 'Your report {{reference}}',
      signOut: 'Sign out',
      signedInUntil: 'You are signed in until {{time}}.',
      statusHeading: 'Status',
      status: 'Status',
      received: 'Received',
      goesTo: 'Handled by',
      acknowledgeBy: 'Acknowledgement due by',
      acknowledged: 'Acknowledged on',
      feedbackBy: 'Feedback due by',
      writableUntil: 'You can write until',
      whatNext: 'What happens next',
      messagesHeading: 'Messages',
      noMessages: 'No messages yet.',
      fromYou: 'You wrote',
      fromHandler: 'The people handling your report wrote',
      acknowledgement: 'Acknowledgement',
      identityNotice: 'Your identity is being disclosed',
      identityNoticeLead:
        'The people handling your report have decided that your identity must be disclosed to them. They are required to tell you first. Their message:',
      filesHeading: 'Files you sent',
      noFiles: 'You have not sent any files.',
      messageHeading: 'Send a message',
      messageLabel: 'Your message',
      messageHint:
        'At most {{max, number}} characters. It goes only to the people handling your report.',
      send: 'Send message',
      sent: 'Your message was sent.',
      addFilesHeading: 'Add files',
      addFiles: 'Send these files',
      filesAdded_one: '{{count}} file was added.',
      filesAdded_other: '{{count}} files were added.',
      closedForWriting:
        'This case was closed more than {{days}} days ago. You can still read it, but no longer send messages or files.',
      retaliationHeading: 'If you are being treated badly for reporting',
      retaliationText:
        'Retaliation against anyone who reports in good faith is prohibited. If it is happening to you, report it. It becomes a new report, linked to this one, with its own receipt.',
      retaliationLink: 'Report retaliation',
      outsideHeading: 'Your right to report to the authorities',
    },
    acknowledgement: [
      'Thank you for your report. We confirm that we have received it and that it is being handled by {{body}}.',
      'You will hear from us about what has been done by {{date}} at the latest. You can add information or files at any time with your receipt.',
      'Retaliation against anyone who reports in good faith is prohibited. If you experience it, use “Report retaliation” on this page.',
      'Nothing in this process prevents you from reporting possible violations of law to the U.S. Securities and Exchange Commission or any other governmental authority, and you do not need our permission or to tell us before doing so.',
    ],
    retaliation: {
      title: 'Report retaliation',
      lead: 'Tell us what has been done to you, or threatened, and by whom, because of your report or because you helped with an investigation.',
      linked:
        'This becomes a new report, linked to your report {{reference}}. The people named as involved in that report cannot see it. It gets its own receipt.',
      descriptionLabel: 'What happened',
      descriptionHint: 'At most {{max, number}} characters.',
      submit: 'Send retaliation report',
      receiptTitle: 'Your retaliation report has been sent',
    },
  },

  errors: {
    concernType: { missing: 'Select what your concern is about' },
    title: {
      missing: 'Enter a short title',
      tooLong: 'The title must be {{max, number}} characters or fewer',
    },
    description: {
      missing: 'Describe what happened',
      tooLong: 'The description must be {{max, number}} characters or fewer',
    },
    date: {
      incomplete: 'The date must include a month and a year',
      invalid: 'Enter a real date, for example 27 3 2026',
      range: 'The date must be today or in the past, and after 1900',
    },
    location: { tooLong: 'The place must be {{max, number}} characters or fewer' },
    implicated: {
      role: 'Select the role of person {{n}}',
      nameTooLong: 'The name of person {{n}} must be {{max, number}} characters or fewer',
      tooMany: 'You can name at most {{max, number}} people',
    },
    witnesses: {
      name: 'Enter the name of witness {{n}}, or remove the witness',
      nameTooLong: 'The name of witness {{n}} must be {{max, number}} characters or fewer',
      contactTooLong: 'How to reach witness {{n}} must be {{max, number}} characters or fewer',
      tooMany: 'You can name at most {{max, number}} witnesses',
    },
    files: {
      missing: 'Select a file to add',
      tooMany: 'A report can carry at most {{max, number}} files',
      tooLarge: 'Each file must be 25 MB or smaller',
      empty: 'The file is empty',
      unsupported:
        'This type of file is not accepted. You can send PDF, JPEG, PNG, GIF or WebP images, plain text or CSV, Word, Excel, PowerPoint or OpenDocument files, and emails (.eml, .msg).',
      heic: 'HEIC photos are not accepted because we cannot remove their location data. Send the photo as JPEG instead (on an iPhone: Settings > Camera > Formats > Most Compatible).',
      otherImage: 'This image format is not accepted. Send the picture as JPEG or PNG.',
      archive:
        'Archives such as .zip files are not accepted. Attach the files inside it one by one.',
      macros:
        'Documents that contain macros are not accepted. Save it as an ordinary document (.docx, .xlsx or .pptx) and try again.',
      encrypted:
        'Password-protected documents are not accepted because we cannot check what they contain. Remove the password and try again.',
      markup:
        'Web pages and SVG images are not accepted because they can contain scripts. Save the page as PDF or send a screenshot instead.',
      unreadableImage:
        'This image could not be read. Export it again as JPEG or PNG and try again.',
      imageTooLarge:
        'This image has too many pixels to process (more than 100 megapixels). Reduce its size and try again.',
      expandsTooMuch:
        'This document unpacks to far more than its size. Save it again, or send it as PDF.',
      unreadableDocument:
        'This document could not be read: it may be damaged. Save it again, or send it as PDF.',
      file: '{{name}}: {{message}}',
    },
    anonymous: { missing: 'Select whether you want to give your name' },
    reporter: {
      name: 'Enter your name',
      nameTooLong: 'Your name must be {{max, number}} characters or fewer',
      contact: 'Enter an email address or a phone number',
      email: 'Enter an email address in the correct format, like name@example.com',
      phone: 'Enter a phone number, like 650 555 0100 or +1 650 555 0100',
      news: 'Enter an email address to get news by email, or untick the box',
    },
    receipt: {
      missing: 'Enter your receipt',
      wrong: 'We could not find a report with this receipt. Check each character and try again.',
    },
    message: {
      missing: 'Enter your message',
      tooLong: 'Your message must be {{max, number}} characters or fewer',
    },
    retaliation: {
      missing: 'Describe what happened',
      tooLong: 'The description must be {{max, number}} characters or fewer',
    },
    closed: 'This case was closed and can no longer receive messages or files. It stays readable.',
    honeypot:
      'The form could not be sent because a field that must stay empty was filled in. This can happen when a browser fills in forms automatically. Go back and try again.',
  },

  errorPages: {
    notFound: {
      title: 'Page not found',
      text: [
        'If you typed the web address, check it is correct.',
        'If you pasted the web address, check you copied the entire address.',
      ],
    },
    badRequest: {
      title: 'Sorry, there is a problem with this page',
      text: [
        'The form could not be accepted. This happens when a page was open for a long time, was opened from another website, or the browser does not accept cookies from this site.',
        'Go back, reload the page and try again. Nothing was saved from this attempt.',
      ],
    },
    tooLarge: {
      title: 'What you sent is too large',
      text: [
        'A report can carry at most 10 files of 25 MB each. Nothing was saved from this attempt.',
        'Go back and send fewer or smaller files.',
      ],
    },
    tooMany: {
      title: 'Too many attempts',
      text: ['Nothing was saved from this attempt.'],
      retryMinutes_one: 'Try again in {{count}} minute.',
      retryMinutes_other: 'Try again in {{count}} minutes.',
      retryLater: 'Try again in a few minutes.',
    },
    serverError: {
      title: 'Sorry, there is a problem with the service',
      text: [
        'Try again later. What you sent last was not saved.',
        'Answers to a report you have not sent yet are kept for an hour after your last answer.',
      ],
    },
    unavailable: {
      title: 'Sorry, the service is unavailable',
      text: [
        'Try again later. What you sent last was not saved.',
        'Answers to a report you have not sent yet are kept for an hour after your last answer.',
      ],
    },
    home: 'Go to the start page',
  },

  privacy: {
    title: 'Privacy notice',
    lead: 'How Candor handles what you tell it. Candor is run by Qualys, Inc. to receive reports under its Code of Business Conduct and Ethics.',
    sections: {
      collect: {
        heading: 'What Candor keeps',
        text: [
          'What you write in your report and in later messages, and the files you attach.',
          'If you give your name: your name, and the email address or phone number you give. If you ask for it, that you want emails when there is news.',
          'The names, roles and contact details you give for other people involved or for witnesses.',
          'The date and time your report and your messages arrived, and the case’s progress.',
        ],
      },
      notCollected: {
        heading: 'What Candor does not keep',
        text: [
          'No IP address, no browser or device details, and no record of which pages you visited. The server’s technical logs hold only the time, the address of the page without anything after a question mark, and whether the request worked.',
          'No tracking, advertising or analytics of any kind. The pages load nothing from other websites.',
          'Your receipt itself. Candor stores only a keyed fingerprint of it (a hash with a secret key), which is enough to find your report when you sign in but not to show the receipt again. This is why a lost receipt cannot be recovered.',
        ],
      },
      cookies: {
        heading: 'Cookies',
        text: [
          'Candor uses only the cookies it needs to work. None of them identifies you, none is used for tracking, and none has an expiry date: your browser deletes them when you close it.',
          '**Language**: the language you chose, if you chose one.',
          '**Form protection**: a random value that proves a form was sent from this site and not from another website.',
          '**Unsent report**: the key to your answers while you fill in a report (see below).',
          '**Follow-up session**: after you sign in with your receipt, proof that you did so, valid for 15 minutes.',
        ],
      },
      draft: {
        heading: 'While you fill in a report',
        text: [
          'Your answers and files are kept on the server, encrypted with a key that only your browser holds, in the “unsent report” cookie. Without that key nobody, including the people who run Candor, can read them.',
          'They are deleted when you send the report, and otherwise one hour after your last answer.',
        ],
      },
      protection: {
        heading: 'How your report is protected',
        text: [
          'Report text, names, contact details, messages and files are encrypted in the database (AES-256-GCM, with a separate key for each case).',
          'Photos and other images are cleaned of location, camera and author details before they are stored. Other files are stored as you send them and may carry hidden details.',
          'Every time someone opens your case, and every change to it, is recorded in an audit trail that cannot be changed without it showing.',
          'Emails never contain the content of a report.',
        ],
      },
      recipients: {
        heading: 'Who can see your report',
        text: [
          'Only the people the Code names for your kind of concern: the Audit Committee of the Board for accounting, internal controls or auditing, or when the General Counsel or someone in Legal is involved; the Board of Directors when a director or an executive officer is involved; otherwise the General Counsel together with the Chief Financial Officer. They may designate investigators, who see only the cases assigned to them.',
          'Anyone named as involved in a report cannot see it, is not told about it, and cannot be assigned to it.',
          'Human Resources and the system’s administrators cannot see reports.',
        ],
      },
      named: {
        heading: 'If you give your name',
        text: [
          'Your name and contact details are hidden from the people handling your report. Reasonable efforts are made to keep your identity confidential, but the Code says that no blanket guarantee is possible: your identity may become apparent during an investigation or may need to be disclosed, for example in regulatory proceedings.',
          'If your identity has to be disclosed to the people handling your report, they must give a written reason, the disclosure is recorded and the Audit Committee chair is told, and you are told first, with the reason, on your follow-up page.',
          'As a named reporter you are protected against retaliation while the case is open and for {{months}} months after it closes.',
        ],
      },
      retention: {
        heading: 'How long it is kept',
        text: [
          'A case is kept while it is open and for {{years}} years after it is closed, longer only while it is under a legal hold.',
          'Then its content is deleted: text, messages, files, names and contact details, and the case’s key, so that no copy can be read again. A record remains of the reference, the dates, the kind of concern, who handled it and the outcome, without any content.',
          'After a case is closed you can still read it with your receipt, and write for {{days}} days.',
        ],
      },
      rights: {
        heading: 'Your rights',
        text: [
          'Nothing in this process stops you from reporting possible violations of law to the U.S. Securities and Exchange Commission or any other government authority, and you do not need to tell the company (SEC Rule 21F-17).',
          'Depending on where you live, data protection law may give you rights over your personal data, such as to see or correct it. To ask, send a message from your follow-up page, or write to the General Counsel at Qualys, Inc., 919 East Hillsdale Boulevard, 4th Floor, Foster City, CA 94404.',
        ],
      },
    },
  },

  accessibility: {
    title: 'Accessibility statement',
    lead: 'Everyone should be able to report a concern. This statement covers the reporter’s pages of Candor: the start page, the report form, the receipt and the follow-up pages.',
    sections: {
      standard: {
        heading: 'How accessible these pages are',
        text: [
          'The pages aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA.',
          'They work with JavaScript turned off (they use none), with a keyboard alone, with screen readers, when zoomed to 400%, and on screens 320 pixels wide. They work in Tor Browser at its “Safest” setting.',
          'They are available in English and German; choose the language at the top of any page.',
        ],
      },
      testing: {
        heading: 'How they are tested',
        text: [
          'Every page and every error message is checked automatically, each time the software changes, with the axe accessibility engine against WCAG 2.0, 2.1 and 2.2 A and AA, and with an HTML validator.',
          'The whole report is made with the keyboard alone in a real browser, in English and in German, at desktop size and at 320 pixels wide.',
        ],
      },
      limitations: {
        heading: 'Known limitations',
        text: [
          '**Time limits.** For your safety, answers to a report that is not sent are deleted one hour after your last answer, and a follow-up session ends 15 minutes after you sign in. These limits cannot be extended, because they protect your report if you leave a device unattended. Each page says so, and nothing is lost from a report until you stop answering for an hour.',
          '**Files on a page with an error.** Browsers do not keep chosen files when a page is shown again, so after an error on the files page you need to choose the files again.',
        ],
      },
      contact: {
        heading: 'If something does not work for you',
        text: [
          'You can report in other ways the Code names, for example by phone to the General Counsel on 650-801-6252 or to the Financial Concern Hotline on 866-528-2457, or by letter to Qualys, Inc., 919 East Hillsdale Boulevard, 4th Floor, Foster City, CA 94404.',
          'To tell us about an accessibility problem, write to the General Counsel at the same address. You do not need to give your name.',
        ],
      },
    },
  },

  staffConsole: {
    layout: {
      serviceName: 'Candor',
      serviceTagline: 'Case console',
      skipLink: 'Skip to main content',
      languages: 'Language',
      navLabel: 'Console',
      account: 'Your account',
      signedInAs: 'Signed in as {{name}} ({{role}})',
      signOut: 'Sign out',
      footerLabel: 'Support links',
      footerNote:
        'Everything you open or change here is recorded in the audit trail. Sessions end after 30 minutes without activity and 8 hours after sign-in.',
      errorTitlePrefix: 'Error: ',
    },
    nav: {
      queue: 'Cases',
      retaliationChecks: 'Adverse-action checks',
      retaliationReviews: 'Retaliation reviews',
      boardReport: 'Board report',
      audit: 'Audit trail',
      admin: 'Administration',
    },
    roles: {
      general_counsel: 'General Counsel',
      cfo: 'Chief Financial Officer',
      audit_committee: 'Audit Committee',
      board: 'Board of Directors',
      investigator: 'Investigator',
      hr: 'Human Resources',
      admin: 'Administrator',
    },
    signIn: {
      title: 'Sign in',
      lead: 'For the people who handle reports under the Code of Business Conduct and Ethics.',
      email: 'Email address',
      password: 'Password',
      otp: 'Code from your authenticator app',
      otpHint: 'The 6-digit code your authenticator app shows for Candor now.',
      submit: 'Sign in',
      wrong: 'The email address, password or code is not right. Check them and try again.',
      signedOut: 'You have signed out.',
      expired: 'Your session has ended. Sign in again to continue.',
      required: 'Sign in to continue.',
    },
    enrol: {
      title: 'Set up your account',
      lead: 'Welcome, {{name}}. Choose a password and set up your authenticator app. This link works once and for 24 hours.',
      passwordHeading: '1. Choose a password',
      password: 'New password',
      passwordHint:
        'At least 12 characters. A few unrelated words are strong and easy to remember; names, dates and common passwords are refused.',
      confirm: 'Type the password again',
      continue: 'Continue',
      totpHeading: '2. Set up your authenticator app',
      totpLead:
        'Scan this QR code with an authenticator app (for example one that supports TOTP codes). If you cannot scan it, type the key below into the app.',
      qrLabel: 'QR code to scan with your authenticator app',
      secret: 'Key to type into the app',
      code: 'Code from your authenticator app',
      codeHint: 'The 6-digit code the app now shows for Candor.',
      finish: 'Finish and sign in',
      invalidTitle: 'This link cannot be used',
      invalidText: [
        'The link has been used already, is more than 24 hours old, or was replaced by a newer one.',
        'Ask an administrator to send you a new link.',
      ],
      errors: {
        passwordMissing: 'Enter a password',
        passwordWeak: 'Choose a stronger password: {{reason}}',
        mismatch: 'The two passwords are not the same',
        codeMissing: 'Enter the 6-digit code from your authenticator app',
        codeWrong: 'The code is not right. Check the time on your phone and enter the newest code.',
      },
    },
    queue: {
      title: 'Cases',
      lead: 'The cases you may see, the most urgent deadline first.',
      countsLabel: 'Cases by status',
      countsAll: 'All open and closed',
      filters: 'Filter cases',
      search: 'Reference or words from the title',
      status: 'Status',
      concernType: 'Concern type',
      route: 'Routed to',
      assignee: 'Assigned to',
      anyStatus: 'Any status',
      anyConcern: 'Any concern type',
      anyRoute: 'Any route',
      anyAssignee: 'Anyone or nobody',
      overdue: 'Overdue only',
      apply: 'Apply filters',
      clear: 'Clear filters',
      caption: 'Cases',
      captionFiltered_one: '{{count}} case on this page matches the filters',
      captionFiltered_other: '{{count}} cases on this page match the filters',
      columns: {
        reference: 'Reference',
        title: 'Title',
        received: 'Received',
        concernType: 'Concern type',
        route: 'Routed to',
        status: 'Status',
        deadline: 'Next deadline',
        assignees: 'Assigned to',
        unread: 'Unread messages',
      },
      none: 'No cases match.',
      noneAssigned: 'Nobody',
      noDeadline: 'None',
      daysLeft_one: '{{count}} day left',
      daysLeft_other: '{{count}} days left',
      dueToday: 'Due today',
      overdueBy_one: 'Overdue by {{count}} day',
      overdueBy_other: 'Overdue by {{count}} days',
      deadlineKinds: {
        acknowledge: 'Acknowledge',
        feedback: 'Feedback',
      },
      unread_one: '{{count}} unread',
      unread_other: '{{count}} unread',
      next: 'Next page',
      first: 'First page',
      pagination: 'Pages',
      badFilter: 'A filter was not understood. Choose one of the options offered.',
    },
    routes: {
      general_counsel: 'General Counsel',
      audit_committee: 'Audit Committee',
      board: 'Board',
    },
    errors: {
      notFound: {
        title: 'Page not found',
        text: [
          'There is no page at this address, or you may not see what it shows.',
          'If you followed a link to a case, the case may have been routed to someone else.',
        ],
      },
      home: 'Go to the console',
    },
  },

  email: {
    reporterNews: {
      news: 'There is news about your report.',
      signIn: 'Sign in with your receipt to read it:',
      footer: 'This message was sent by Candor. It contains no case details: sign in to read them.',
    },
  },

  staffRetaliation: {
    nav: 'Anti-retaliation',
    checks: {
      title: 'Check a planned adverse action',
      lead: 'Before you dismiss, demote, suspend, cut the pay of, transfer or give a negative review to an employee, check whether they are protected. The answer is “clear” or “review required”. It never says why.',
      employeeHeading: 'The employee',
      name: 'Full name',
      email: 'Work email address',
      emailHint: 'Give it if you know it: a match by email address is more certain than by name.',
      employeeId: 'Employee ID',
      action: 'Planned action',
      effectiveDate: 'Date the action would take effect',
      effectiveDateHint: 'For example, 2027-03-01',
      submit: 'Run the check',
      ownHeading: 'Your checks',
      ownNone: 'You have not run any checks yet.',
      ownShown: 'Your latest {{count}} checks, newest first.',
      submitted: 'Checked on',
      employee: 'Employee',
      result: 'Result',
      review: 'Review',
      open: 'Open',
    },
    actions: {
      termination: 'Termination',
      demotion: 'Demotion',
      suspension: 'Suspension',
      pay_cut: 'Pay cut',
      transfer: 'Transfer',
      negative_review: 'Negative performance review',
      other: 'Other adverse action',
    },
    results: {
      clear: 'Clear',
      review_required: 'Review required',
    },
    reviewStatuses: {
      not_required: 'Not required',
      pending: 'Waiting for a decision',
      cleared: 'Cleared',
      blocked: 'Blocked',
      escalated: 'Escalated',
    },
    result: {
      title: 'Result of the check',
      clearLead: 'You may go ahead: nothing stands in the way of this action.',
      reviewLead:
        'Do not take this action yet. A reviewer in Legal has been asked to look at it and will decide whether it may go ahead.',
      reviewNote:
        'This does not mean the employee is protected: some checks go to review at random, so a review says nothing about anyone.',
      reviewStatus: 'Review',
      checkId: 'Check number',
      another: 'Check another action',
    },
    reviews: {
      title: 'Retaliation reviews',
      lead: 'HR asked whether these adverse actions may go ahead. Decide each one with a reason. HR sees only your decision, never a case.',
      none: 'There are no reviews for you.',
      pendingHeading: 'Waiting for your decision',
      decidedHeading: 'Decided',
      employee: 'Employee',
      action: 'Action',
      effectiveDate: 'Takes effect',
      match: 'Why it is here',
      case: 'Case',
      received: 'Asked on',
      status: 'Status',
      decide: 'Decide',
      decidedBy: 'Decided on',
      reason: 'Reason',
      matches: {
        strong: 'Matches a protected person by email address or employee ID',
        weak: 'Matches a protected person by name only',
        none: 'Chosen at random: nobody matched',
      },
      matchedCases_one: '{{count}} case matched',
      matchedCases_other: '{{count}} cases matched',
      noCaseShown: 'Not shown to you',
    },
    decide: {
      title: 'Decide the review',
      decision: 'Your decision',
      decisions: {
        cleared: 'Cleared: the action may go ahead',
        blocked: 'Blocked: the action must not go ahead',
        escalated: 'Escalated: the Audit Committee or the Board must decide',
      },
      reason: 'Reason',
      reasonHint: 'At most {{max, number}} characters. HR does not see it.',
      submit: 'Record the decision',
      decided: 'Your decision was recorded: {{decision}}.',
    },
    errors: {
      name: 'Enter the employee’s full name',
      nameTooLong: 'The name must be {{max, number}} characters or fewer',
      email: 'Enter an email address in the correct format, like name@example.com',
      employeeIdTooLong: 'The employee ID must be {{max, number}} characters or fewer',
      action: 'Select the planned action',
      effectiveDate: 'Enter the date as year-month-day, for example 2027-03-01',
      decision: 'Select cleared, blocked or escalated',
      reason: 'Give a reason for your decision',
      reasonTooLong: 'The reason must be {{max, number}} characters or fewer',
      alreadyDecided: 'This review has already been decided',
    },
  },

  staffBoard: {
    nav: 'Board report',
    title: 'Board report',
    lead: 'Cases received in a calendar month, quarter or year, with the clocks of the EU Whistleblowing Directive. Counts of 1 or 2, and the other figures needed to protect them, read “suppressed”.',
    picker: {
      legend: 'Period',
      year: 'Year',
      part: 'Month or quarter',
      wholeYear: 'The whole year',
      quarter: 'Quarter {{number}}',
      show: 'Show the report',
    },
    periodTitle: 'Report for {{period}}',
    periods: {
      year: '{{year}}',
      quarter: 'Q{{number}} {{year}}',
    },
    download: 'Download as CSV',
    print: 'To print, use your browser’s print command: the report prints without the menus.',
    recusedNote: 'Cases you are recused from are not counted in your report.',
    generated: 'Produced on {{time}}.',
    totals: 'Cases received',
    suppressed: 'suppressed',
    noValue: 'none yet',
    headings: {
      concern: 'Concern type',
      route: 'Route',
      status: 'Status',
      finding: 'Finding',
      cases: 'Cases',
      measure: 'Measure',
      median: 'Median (days)',
      p90: '90th percentile (days)',
      timing: 'Time from receipt',
      kind: 'Kind',
      actions: 'Actions',
      overdue: 'Overdue',
      days: 'Days',
    },
    routes: {
      general_counsel: 'General Counsel',
      audit_committee: 'Audit Committee',
      board: 'Board of Directors',
    },
    charts: {
      concern: 'Cases by concern type',
      route: 'Cases by route',
      status: 'Cases by status',
      acknowledge: 'Time to acknowledge, against the 7-day clock',
      close: 'Time to close, against the 3-month clock',
      countSummary:
        '{{total}} cases received in {{period}}. {{shown}} of {{categories}} figures are shown; {{withheld}} are suppressed.',
      timingSummary:
        'Median and 90th percentile of the days from receipt, over {{cases}} cases, against the {{clock}} clock.',
      timingWithheld: 'Withheld: too few cases to show a timing without identifying them.',
      median: 'Median',
      p90: '90th percentile',
      sevenDays: '7 days',
      threeMonths: '3 months',
    },
    tables: {
      findings: 'Findings',
      timings: 'Timings',
      overdue: 'Overdue now',
      overdueTotal: 'All routes',
      actions: 'Actions taken',
    },
    timings: {
      toAcknowledge: 'To acknowledge',
      toFeedback: 'To first feedback',
      toClose: 'To close',
    },
    findings: {
      substantiated: 'Substantiated',
      partially_substantiated: 'Partially substantiated',
      unsubstantiated: 'Unsubstantiated',
      insufficient_information: 'Insufficient information',
      none: 'No finding yet',
    },
    actionKinds: {
      disciplinary: 'Disciplinary',
      corrective: 'Corrective',
      interim: 'Interim',
    },
    measures: {
      oral_reprimand: 'Oral reprimand',
      written_reprimand: 'Written reprimand',
      suspension_with_pay: 'Suspension with pay',
      suspension_without_pay: 'Suspension without pay',
      termination: 'Termination',
      control_fix: 'Control fixed',
      training: 'Training',
      process_change: 'Process changed',
      suspension_pending_investigation: 'Suspension pending investigation',
      other: 'Other',
    },
    errors: {
      period: 'Select a year, and a quarter or month, between {{first}} and {{last}}',
    },
  },

  staffAudit: {
    nav: 'Audit log',
    title: 'Audit log',
    lead: 'Every change to a case and every read of its content is written to an append-only log, each entry sealed with the hash of the one before. Verifying walks the whole chain.',
    verify: 'Verify the chain',
    verifyHint: 'This reads every entry of the log and may take a while on a long log.',
    resultHeading: 'Verification',
    valid: 'The chain is valid',
    validLead:
      'Every entry follows from the one before, and the last one matches the recorded head.',
    invalid: 'The chain is broken',
    invalidLead:
      'The log has been changed outside Candor. Keep this page and tell the Audit Committee at once.',
    entries: 'Entries',
    headHash: 'Head hash',
    breaksAt: 'First broken entry',
    reason: 'What is wrong',
    reasons: {
      sequence_gap: 'An entry is missing: the numbering has a gap',
      prev_hash_mismatch: 'The entry does not follow from the one before it',
      hash_mismatch: 'The entry was changed after it was written',
      head_mismatch: 'Entries were cut from the end of the log, or added after it',
    },
    checkedAt: 'Verified on {{time}}.',
    statementHeading: 'Statement for the Audit Committee chair',
    statementLead:
      'Keep this statement outside Candor (print it, or file it with the committee’s minutes). Comparing it with the log later shows whether entries were cut from the end or the log was rewritten.',
    statementDownload: 'Download the statement as text',
  },

  staffAdmin: {
    nav: 'Administration',
    sections: {
      staff: 'Staff accounts',
      routing: 'Routing policy',
      notifications: 'Failed notifications',
    },
    staff: {
      title: 'Staff accounts',
      lead: 'People who can sign in to Candor. New accounts are set up by their holder through a link sent by email: you never see anyone’s password or second factor.',
      create: 'Create an account',
      name: 'Name',
      email: 'Email',
      role: 'Role',
      status: 'Status',
      notifications: 'Notifications',
      open: 'Manage',
      chair: 'chair',
    },
    statuses: {
      active: 'Active',
      enrolment_pending: 'Waiting for enrolment',
      disabled: 'Disabled',
    },
    roles: {
      general_counsel: 'General Counsel',
      cfo: 'Chief Financial Officer',
      audit_committee: 'Audit Committee',
      board: 'Board of Directors',
      investigator: 'Investigator',
      hr: 'Human Resources',
      admin: 'Administrator',
    },
    modes: {
      immediate: 'Immediately',
      daily_digest: 'Once a day (digest)',
    },
    create: {
      title: 'Create a staff account',
      name: 'Full name',
      email: 'Email address',
      emailHint: 'The enrolment link is sent here. It works once, for 24 hours.',
      role: 'Role',
      chair: 'Chair',
      chairLabel: 'This person chairs the Audit Committee',
      chairHint: 'The chair receives the daily statement of the audit log.',
      submit: 'Create the account and send the link',
    },
    account: {
      title: '{{name}}',
      created:
        'The account was created. An enrolment link was sent to {{email}}; it works until {{time}}.',
      disabledDone: 'The account was disabled. Its sessions have ended.',
      enabledDone: 'The account was enabled again.',
      resetDone:
        'The second factor was removed and its sessions ended. A link to set up a new one was sent; it works until {{time}}.',
      modeDone: 'Notifications are now sent: {{mode}}.',
      enrolmentPending: 'Enrolment link sent, valid until {{time}}',
      enrolmentExpired: 'The enrolment link expired on {{time}}',
      createdOn: 'Created on',
      disableHeading: 'Disable the account',
      disableText:
        'A disabled account cannot sign in, and every session it has ends at once. Its history stays.',
      disable: 'Disable the account',
      enableHeading: 'Enable the account',
      enable: 'Enable the account',
      resetHeading: 'Reset the second factor',
      resetText:
        'For a lost or replaced phone: the authenticator is removed, sessions end, and the holder gets an email to set up a new one.',
      reset: 'Reset the second factor',
      modeHeading: 'Notifications',
      modeLegend: 'Send this person’s notifications',
      saveMode: 'Save',
    },
    routing: {
      title: 'Routing policy in force',
      lead: 'Every report is routed by the first rule that matches. The policy is a reviewed document shipped with each release; each case records the version that routed it.',
      version: 'Version',
      effectiveFrom: 'In force from',
      rulesHeading: 'Rules, in order',
      order: 'Order',
      rule: 'Rule',
      when: 'When',
      routeTo: 'Goes to',
      explanation: 'Why',
      implicated: 'someone implicated is: {{roles}}',
      concern: 'the concern is: {{types}}',
      related: 'it reports retaliation over a case handled by: {{routes}}',
      and: ' and ',
      fallbackHeading: 'When no rule matches',
      typesHeading: 'Concern types',
      type: 'Concern type',
      section: 'Section of the Code',
      defaultRoute: 'Goes to when nobody is implicated',
    },
    notifications: {
      title: 'Failed notifications',
      lead: 'Emails that could not be sent after every retry. They carry no case content. Retrying puts one back in the queue with its attempts reset; an email that did go out is not sent twice.',
      none: 'No notification has failed.',
      unavailable: 'The notification queue cannot be reached right now. Try again in a moment.',
      failedAt: 'Failed on',
      event: 'Event',
      job: 'Job',
      reason: 'Reason',
      attempts: 'Attempts',
      retry: 'Retry',
      retryAll: 'Retry all',
      retried_one: '{{count}} notification was put back in the queue.',
      retried_other: '{{count}} notifications were put back in the queue.',
      gone: 'That notification is no longer in the failed list.',
    },
    errors: {
      name: 'Enter the person’s full name',
      nameTooLong: 'The name must be 200 characters or fewer',
      email: 'Enter an email address in the correct format, like name@example.com',
      emailTaken: 'An account with this email address already exists',
      role: 'Select a role',
      ownAccount: 'You cannot disable your own account: ask another administrator',
      mode: 'Select how notifications are sent',
    },
  },
};
