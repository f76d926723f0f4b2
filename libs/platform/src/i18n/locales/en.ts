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

  staffCase: {
    title: 'Case {{reference}}',
    queue: 'Back to the queue',
    contents: 'On this page',
    done: {
      acknowledged:
        'The case is acknowledged. The reporter sees the acknowledgement on their follow-up page.',
      status: 'The status is now: {{status}}.',
      assigned: '{{name}} is assigned to the case.',
      implicated: 'The person is added to the case. The routing did not change.',
      rerouted: 'The case was routed again: it now goes to {{body}}.',
      note: 'Your internal note is added. The reporter does not see it.',
      recommendation:
        'Your recommended finding is added as an internal note for the handling body.',
      message: 'Your message is sent to the reporter.',
      outcome: 'The finding is recorded.',
      action: 'The action is recorded.',
      approved: 'Your approval is recorded.',
      effective: 'Your approval is recorded. It now takes effect.',
      protectedPerson: 'The person is protected from reprisal from now on.',
      holdPlaced: 'The case is on legal hold.',
      holdReleased: 'The legal hold is released.',
      noticeTitle: 'Done',
    },
    report: {
      heading: 'The report',
      status: 'Status',
      concernType: 'Concern',
      reportTitle: 'Title',
      description: 'What happened',
      occurredAt: 'When',
      location: 'Where',
      channel: 'Channel',
      received: 'Received',
      reporter: 'Reporter',
      anonymous: 'Anonymous',
      named: 'Named: the identity is hidden',
      relatedCase: 'Linked case',
      notGiven: 'Not given',
      dismissalReason: 'Dismissal reason',
      finding: 'Finding in effect',
    },
    channels: {
      web: 'Web form',
      mail: 'Letter',
      phone: 'Phone',
      email: 'Email',
      in_person: 'In person',
    },
    statuses: {
      received: 'Received',
      acknowledged: 'Acknowledged',
      triage: 'Triage',
      investigating: 'Investigating',
      resolved: 'Resolved',
      closed: 'Closed',
      dismissed: 'Dismissed',
      reopened: 'Reopened',
    },
    bodies: {
      general_counsel: 'the General Counsel and the CFO',
      audit_committee: 'the Audit Committee',
      board: 'the Board',
    },
    roles: {
      general_counsel: 'General Counsel',
      cfo: 'Chief Financial Officer',
      audit_committee: 'Audit Committee',
      board: 'Board',
      investigator: 'Investigator',
      hr: 'Human Resources',
      admin: 'Administrator',
    },
    routing: {
      heading: 'Routing',
      routedTo: 'Goes to',
      handledBy: 'Handled by',
      rule: 'Rule',
      explanation: 'Why',
      policyVersion: 'Policy version',
      decided: 'Decided',
      intake: 'On receipt',
      reroute: 'Routed again',
      history: 'Earlier routing decisions',
    },
    deadlines: {
      heading: 'Deadlines',
      acknowledgeBy: 'Acknowledge by',
      acknowledged: 'Acknowledged',
      feedbackDueAt: 'Feedback to the reporter by',
      feedbackGivenAt: 'Feedback given',
      none: 'Nothing is due.',
      overdue: 'Overdue',
      daysLeft_one: '{{count}} day left',
      daysLeft_other: '{{count}} days left',
      daysOverdue_one: '{{count}} day overdue',
      daysOverdue_other: '{{count}} days overdue',
    },
    parties: {
      heading: 'People in the case',
      none: 'Nobody is named in the case.',
      name: 'Name',
      role: 'Role',
      kind: 'Part',
      kinds: {
        implicated: 'Implicated',
        witness: 'Witness',
        assisting: 'Helped the investigation',
      },
      staffMatch: 'Staff member: recused from the case',
      unnamed: 'Name not given',
      addHeading: 'Add an implicated person',
      addHint:
        'Adding someone routes the case again. If they are a director or an executive officer, the case goes to the Board; a staff member named here is recused at once.',
      nameLabel: 'Full name',
      roleLabel: 'Their role',
      rolePlaceholder: 'Select a role',
      add: 'Add the person',
    },
    partyRoles: {
      director: 'Director',
      executive_officer: 'Executive officer',
      general_counsel: 'General Counsel',
      legal: 'Legal department',
      cfo: 'Chief Financial Officer',
      finance: 'Finance or Accounting',
      employee: 'Employee',
      contractor: 'Contractor or agent',
      third_party: 'Outside the company',
      unknown: 'Unknown',
    },
    files: {
      heading: 'Files',
      none: 'There are no files.',
      download: 'Download',
      size: 'Size',
      added: 'Added',
      from: 'From',
      fromReporter: 'Reporter',
      fromStaff: 'Staff',
      metadataRemoved: 'Metadata removed',
    },
    messages: {
      heading: 'Messages with the reporter',
      none: 'No messages yet.',
      fromReporter: 'Reporter',
      fromHandler: 'Handler',
      acknowledgement: 'Acknowledgement',
      identityNotice: 'Identity notice',
      replyHeading: 'Reply to the reporter',
      replyLabel: 'Your message',
      replyHint:
        'The reporter reads this on their follow-up page. Do not name other people or yourself unless you mean to.',
      send: 'Send to the reporter',
    },
    notes: {
      heading: 'Internal notes',
      hint: 'The reporter never sees these. Notes cannot be changed: to correct one, add a new note.',
      none: 'No internal notes yet.',
      interview: 'Interview record',
      corrects: 'Corrects an earlier note',
      addHeading: 'Add an internal note',
      bodyLabel: 'Internal note',
      kindLabel: 'Kind of note',
      kindNote: 'Note',
      kindInterview: 'Interview record',
      add: 'Add the internal note',
    },
    recommendation: {
      heading: 'Recommend a finding',
      hint: 'The handling body decides the finding. Your recommendation is kept as an internal note.',
      findingLabel: 'Recommended finding',
      summaryLabel: 'Why',
      submit: 'Add the recommendation',
      noteText: 'Recommended finding: {{finding}}',
    },
    status: {
      heading: 'Status',
      current: 'The case is {{status}}.',
      none: 'No status change is possible from here.',
      move: 'Move to {{status}}',
      acknowledge: 'Acknowledge the case',
      acknowledgeHint:
        'The reporter is sent the acknowledgement and the date by which they will hear more.',
      dismissHeading: 'Dismiss the case',
      dismissalReasonLabel: 'Reason for dismissal',
      reopenHeading: 'Reopen the case',
      reopenReasonLabel: 'Why the case is reopened',
      reasonLabel: 'Reason (optional)',
    },
    dismissalReasons: {
      outside_code: 'Outside the Code',
      duplicate: 'Duplicate of another case',
      insufficient_information: 'Insufficient information',
    },
    assignment: {
      heading: 'Investigators',
      none: 'No investigator is assigned.',
      assignedOn: 'assigned {{date}}',
      label: 'Assign an investigator',
      placeholder: 'Select an investigator',
      noneAvailable:
        'No other investigator can be assigned: staff recused from this case are never offered.',
      submit: 'Assign',
    },
    protectedPeople: {
      heading: 'Protected people',
      hint: 'People protected from reprisal: witnesses and people who helped. Human Resources checks adverse actions against this list without learning about the case.',
      reporterProtected: 'The named reporter is protected too.',
      until: 'Protected until {{date}}.',
      whileOpen: 'Protected while the case is open, and for a period after it closes.',
      none: 'Nobody else is protected yet.',
      addHeading: 'Protect a person',
      nameLabel: 'Full name',
      emailLabel: 'Email address (optional)',
      employeeIdLabel: 'Employee ID (optional)',
      add: 'Protect the person',
    },
    hold: {
      heading: 'Legal hold',
      none: 'The case is not on legal hold.',
      active:
        'On legal hold for {{matter}}, placed by {{name}} on {{date}}. Nothing of the case can be deleted or changed.',
      matterLabel: 'Legal matter',
      matterHint: 'For example the name of the proceedings or the regulator’s inquiry.',
      place: 'Place the legal hold',
      releaseNoteLabel: 'Release note',
      releaseNoteHint: 'A hold is lifted only in writing: say why it can be released.',
      release: 'Release the legal hold',
    },
    identity: {
      heading: 'Reporter identity',
      anonymous: 'The reporter is anonymous: there is no identity to reveal.',
      hidden: 'The reporter gave their name. It is hidden from everyone handling the case.',
      start: 'Reveal the identity',
      pageTitle: 'Reveal the reporter’s identity',
      lead: 'Reveal the identity only when you must. The reporter is told first, in their follow-up inbox, with your reason. The reveal is recorded and the Audit Committee chair is told.',
      justificationLabel: 'Why the identity must be revealed',
      justificationHint: 'The reporter reads this. Write at least a sentence.',
      continue: 'Continue',
      confirmTitle: 'Confirm the reveal',
      confirmLead:
        'The reporter is told first. When you confirm, this notice goes to the reporter’s follow-up inbox before the identity is shown to you:',
      confirmReason: 'Your reason',
      confirm: 'Reveal the identity',
      cancel: 'Cancel and go back to the case',
      revealedTitle: 'The reporter’s identity',
      revealedLead:
        'The reporter has been told. Keep this confidential: it is shown only now and is not kept on this page.',
      name: 'Name',
      email: 'Email',
      phone: 'Phone',
    },
    outcome: {
      heading: 'Findings and actions',
      none: 'No finding is recorded.',
      recordedBy: 'Recorded by {{name}} on {{date}}',
      effective: 'In effect since {{date}}',
      pending: 'Waiting for approval',
      approvedBy: 'Approved by',
      awaiting: 'Awaiting',
      nobody: 'Nobody yet',
      approve: 'Approve',
      approveFinding: 'Approve the finding',
      approveAction: 'Approve the action',
      jointHint:
        'A finding and a disciplinary action take effect when {{roles}} have approved. Recording one counts as your approval.',
      recordHeading: 'Record the finding',
      findingLabel: 'Finding',
      summaryLabel: 'Summary',
      record: 'Record the finding',
      actionsHeading: 'Actions',
      noActions: 'No action is recorded.',
      actionHeading: 'Record an action',
      kindLabel: 'Kind of action',
      measureLabel: 'Measure',
      measurePlaceholder: 'Select a measure',
      subjectLabel: 'Person concerned (disciplinary and interim)',
      ownerLabel: 'Owner (corrective)',
      descriptionLabel: 'Description (optional)',
      dueDateLabel: 'Due date (corrective), as YYYY-MM-DD',
      recordAction: 'Record the action',
      subject: 'Concerns',
      owner: 'Owner',
      due: 'Due',
    },
    findings: {
      substantiated: 'Substantiated',
      partially_substantiated: 'Partially substantiated',
      unsubstantiated: 'Unsubstantiated',
      insufficient_information: 'Insufficient information',
    },
    actionKinds: {
      disciplinary: 'Disciplinary',
      corrective: 'Corrective',
      interim: 'Interim measure',
    },
    measures: {
      oral_reprimand: 'Oral reprimand',
      written_reprimand: 'Written reprimand',
      suspension_with_pay: 'Suspension with pay',
      suspension_without_pay: 'Suspension without pay',
      termination: 'Termination',
      control_fix: 'Control fix',
      training: 'Training',
      process_change: 'Process change',
      suspension_pending_investigation: 'Suspension pending the investigation',
      other: 'Other',
    },
    audit: {
      heading: 'Audit trail',
      link: 'See the audit trail of this case',
      title: 'Audit trail of case {{reference}}',
      lead: 'Everything done to the case and every read of it, oldest first. Your reading of this page is recorded too.',
      when: 'When',
      who: 'Who',
      what: 'What',
      seq: 'Entry',
      system: 'Candor',
      reporter: 'Reporter',
      unknownStaff: 'Staff member',
      none: 'No entries.',
      next: 'Next entries',
      first: 'First entries',
      backToCase: 'Back to the case',
    },
    errors: {
      to: 'Select a status the case can move to',
      dismissalReason: 'Select why the case is dismissed',
      reopenReason: 'Enter why the case is reopened',
      reasonTooLong: 'The reason must be {{max, number}} characters or fewer',
      userId: 'Select an investigator',
      implicatedName: 'Enter the person’s name',
      implicatedNameTooLong: 'The name must be {{max, number}} characters or fewer',
      implicatedRole: 'Select the person’s role',
      noteBody: 'Enter the internal note',
      noteTooLong: 'The note must be {{max, number}} characters or fewer',
      messageBody: 'Enter your message to the reporter',
      messageTooLong: 'The message must be {{max, number}} characters or fewer',
      finding: 'Select a finding',
      summary: 'Enter a summary of the finding',
      summaryTooLong: 'The summary must be {{max, number}} characters or fewer',
      kind: 'Select the kind of action',
      measure: 'Select a measure that fits the kind of action',
      subject: 'Enter the person the action concerns',
      owner: 'Enter who owns the corrective action',
      dueDate: 'Enter the due date as YYYY-MM-DD, for example 2027-03-31',
      tooLong: 'The text is too long',
      protectedName: 'Enter the person’s name',
      protectedDetails: 'Check the name, email address and employee ID',
      matter: 'Enter the legal matter',
      matterTooLong: 'The matter must be {{max, number}} characters or fewer',
      releaseNote: 'Enter the release note',
      releaseNoteTooLong: 'The release note must be {{max, number}} characters or fewer',
      justification:
        'Write at least a sentence saying why (20 characters or more): the reporter reads it',
      justificationTooLong: 'The reason must be {{max, number}} characters or fewer',
      alreadyHeld: 'The case is already on legal hold',
      notHeld: 'The case is not on legal hold',
      held: 'The case is on legal hold: this cannot be done while it is held',
      conflict: 'This cannot be done now: the case has changed. Check it and try again.',
      sameApprover: 'You have already approved this: the other required approver must approve it',
      noIdentity: 'The reporter is anonymous: there is no identity to reveal',
      outcomeStatus:
        'A finding is recorded while the case is being investigated, resolved or reopened',
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

  email: {
    reporterNews: {
      news: 'There is news about your report.',
      signIn: 'Sign in with your receipt to read it:',
      footer: 'This message was sent by Candor. It contains no case details: sign in to read them.',
    },
  },
};
