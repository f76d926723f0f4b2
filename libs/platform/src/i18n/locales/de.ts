// German. Same keys as English (checked by the type check through `satisfies Catalogue`).
import type { Catalogue } from '../catalogue.js';

export const de = {
  meta: {
    name: 'Deutsch',
    locale: 'de-DE',
  },

  layout: {
    serviceName: 'Candor',
    serviceTagline: 'Ein Anliegen sicher melden',
    skipLink: 'Zum Hauptinhalt springen',
    languages: 'Sprache',
    footerLabel: 'Weitere Informationen',
    privacy: 'Datenschutzhinweis',
    accessibility: 'Erklärung zur Barrierefreiheit',
    followUp: 'Eine Meldung weiterverfolgen',
    footerNote:
      'Candor speichert keine IP-Adressen und keine Angaben zu Ihrem Browser. Diese Website verfolgt Sie nicht und lädt nichts von anderen Websites.',
    back: 'Zurück',
    continue: 'Weiter',
    optional: '(freiwillig)',
    change: 'Ändern',
    remove: 'Entfernen',
    notGiven: 'Keine Angabe',
    errorTitlePrefix: 'Fehler: ',
    errorSummaryTitle: 'Es gibt ein Problem',
    errorPrefix: 'Fehler:',
    honeypotLabel: 'Dieses Feld bitte leer lassen',
  },

  routes: {
    general_counsel:
      'der General Counsel (Chefjustiziar) gemeinsam mit dem Chief Financial Officer',
    audit_committee: 'der Prüfungsausschuss (Audit Committee) des Board of Directors',
    board: 'das Board of Directors',
  },

  concerns: {
    groups: {
      financialReporting: 'Finanzberichterstattung',
      publicCommunications: 'Öffentliche Kommunikation',
      companyAssets: 'Schutz von Unternehmensvermögen und Informationen',
      conflicts: 'Vermeidung von Interessenkonflikten',
      customersSuppliersCompetitors: 'Kunden, Lieferanten und Wettbewerber',
      governments: 'Umgang mit Behörden und Regierungen',
      conduct: 'Allgemeine Verhaltensstandards',
      reporting: 'Meldung von Verstößen',
      other: 'Alles andere',
    },
    types: {
      accounting: {
        label: 'Buchhaltung oder Finanzberichterstattung',
        hint: 'Zum Beispiel zu früh verbuchte Umsätze, verschleierte Kosten oder Zahlen in Berichten oder Pflichtveröffentlichungen, die Sie für falsch halten.',
      },
      internal_controls: {
        label: 'Interne Kontrollen',
        hint: 'Übergangene Freigaben, umgangene Prüfungen oder fehlende oder missachtete Kontrollen.',
      },
      auditing: {
        label: 'Abschlussprüfung oder Druck auf Prüfer',
        hint: 'Jemand täuscht die internen oder externen Prüfer, setzt sie unter Druck oder verheimlicht ihnen etwas.',
      },
      disclosure: {
        label: 'Irreführende öffentliche Angaben',
        hint: 'Etwas, das das Unternehmen Anlegern oder der Öffentlichkeit mitgeteilt hat, etwa in einer Meldung an die SEC oder einer Pressemitteilung, und das Sie für wesentlich irreführend halten.',
      },
      insider_trading: {
        label: 'Insiderhandel',
        hint: 'Kauf oder Verkauf von Aktien oder Tipps an andere in Kenntnis wichtiger, nicht öffentlicher Informationen.',
      },
      conflict_of_interest: {
        label: 'Interessenkonflikt',
        hint: 'Jemand bevorzugt eigene Interessen, Angehörige oder Nebengeschäfte; Geschäfte mit nahestehenden Personen; das Ausnutzen von Geschäftschancen; unzulässige Darlehen.',
      },
      improper_payments: {
        label: 'Bestechung oder unzulässige Zahlungen',
        hint: 'Bestechungsgelder, Schmiergelder oder Zahlungen an Amtsträger oder andere, um Geschäfte zu gewinnen oder zu halten.',
      },
      gifts_entertainment: {
        label: 'Geschenke und Einladungen',
        hint: 'Geschenke, Bewirtungen oder Reisen, die übermäßig sind oder eine Entscheidung beeinflussen sollen.',
      },
      discrimination_harassment: {
        label: 'Diskriminierung oder Belästigung',
        hint: 'Ungerechte Behandlung wegen Ihrer Person oder unerwünschtes Verhalten wie Mobbing, sexuelle Belästigung oder beleidigende Bemerkungen.',
      },
      health_safety: {
        label: 'Gesundheit und Sicherheit',
        hint: 'Gefahren für die Gesundheit oder Sicherheit von Menschen bei der Arbeit.',
      },
      confidential_information: {
        label: 'Missbrauch vertraulicher Informationen',
        hint: 'Nicht öffentliche Informationen des Unternehmens, seiner Kunden oder anderer werden weitergegeben, geteilt oder unzulässig verwendet.',
      },
      competition: {
        label: 'Unlauterer Wettbewerb',
        hint: 'Absprachen mit Wettbewerbern über Preise, Kunden oder Märkte oder andere unlautere Wettbewerbsmethoden.',
      },
      government_dealings: {
        label: 'Umgang mit Behörden',
        hint: 'Öffentliche Aufträge, Lobbyarbeit, politische Spenden oder Export- und Handelsbeschränkungen.',
      },
      records_retention: {
        label: 'Vernichten oder Verändern von Unterlagen',
        hint: 'Unterlagen, die vernichtet, verändert oder versteckt werden, auch solche, die für ein Rechtsverfahren aufbewahrt werden müssen.',
      },
      company_assets: {
        label: 'Diebstahl oder Missbrauch von Firmeneigentum',
        hint: 'Diebstahl, Betrug, Verschwendung oder private Nutzung von Geld, Geräten oder Daten des Unternehmens.',
      },
      retaliation: {
        label: 'Repressalien',
        hint: 'Bestrafung, Drohungen oder Benachteiligung einer Person, weil sie ein Anliegen gemeldet oder bei einer Untersuchung geholfen hat.',
      },
      other: {
        label: 'Etwas anderes',
        hint: 'Jeder andere Verstoß gegen den Verhaltenskodex, das Gesetz oder Unternehmensrichtlinien.',
      },
    },
  },

  roles: {
    director: 'Ein Director (Mitglied des Board of Directors)',
    executive_officer: 'Ein Executive Officer (Mitglied der Geschäftsleitung)',
    general_counsel: 'Der General Counsel',
    legal: 'Jemand aus der Rechtsabteilung',
    cfo: 'Der Chief Financial Officer',
    finance: 'Jemand aus Finanzen oder Buchhaltung',
    employee: 'Ein Mitarbeiter oder eine Mitarbeiterin',
    contractor: 'Ein Auftragnehmer oder Vertreter',
    third_party: 'Jemand außerhalb des Unternehmens',
    unknown: 'Weiß ich nicht',
  },

  statuses: {
    received: {
      label: 'Eingegangen',
      next: 'Ihre Meldung ist eingegangen. Die zuständigen Personen bestätigen sie bis zum {{date}}.',
    },
    acknowledged: {
      label: 'Bestätigt',
      next: 'Ihre Meldung wurde bestätigt. Die zuständigen Personen prüfen sie nun.',
    },
    triage: {
      label: 'Wird geprüft',
      next: 'Die zuständigen Personen prüfen Ihre Meldung und entscheiden, wie sie ihr nachgehen.',
    },
    investigating: {
      label: 'Wird untersucht',
      next: 'Ihre Meldung wird untersucht. Möglicherweise werden Ihnen hier Fragen gestellt.',
    },
    resolved: {
      label: 'Abgeschlossen',
      next: 'Die Untersuchung ist beendet. Die zuständigen Personen schreiben Ihnen möglicherweise hier, bevor der Fall geschlossen wird.',
    },
    closed: {
      label: 'Geschlossen',
      next: 'Der Fall ist geschlossen. Sie können ihn hier weiterhin lesen.',
    },
    dismissed: {
      label: 'Ohne Untersuchung geschlossen',
      next: 'Die zuständigen Personen haben entschieden, Ihre Meldung nicht weiter zu untersuchen. Wenn sie einen Grund genannt haben, finden Sie ihn in den Nachrichten.',
    },
    reopened: {
      label: 'Wieder aufgenommen',
      next: 'Der Fall wurde wieder aufgenommen und wird erneut geprüft.',
    },
  },

  start: {
    title: 'Ein Anliegen zum Verhalten am Arbeitsplatz melden',
    lead: 'Mit Candor können Sie melden, was Ihrer Meinung nach gegen den Verhaltenskodex (Code of Business Conduct and Ethics), das Gesetz oder Unternehmensrichtlinien verstößt. Sie können anonym bleiben.',
    makeReport: 'Meldung abgeben',
    haveReceipt: 'Ich habe einen Beleg',
    haveReceiptText:
      'Wenn Sie bereits eine Meldung abgegeben haben, [melden Sie sich mit Ihrem Beleg an](/follow-up), um Antworten zu lesen, Fragen zu beantworten oder Dateien hinzuzufügen.',
    whoHeading: 'Wer Ihre Meldung liest',
    whoIntro:
      'Der Verhaltenskodex legt fest, wer eine Meldung erhält. Candor leitet sie automatisch dorthin weiter, und Sie sehen vor dem Absenden, wohin sie geht:',
    whoList: [
      '**Der Prüfungsausschuss (Audit Committee) des Board of Directors** erhält Anliegen zu Buchhaltung, internen Kontrollen oder Abschlussprüfung sowie Meldungen, die den General Counsel oder jemanden aus der Rechtsabteilung betreffen.',
      '**Das Board of Directors** erhält Meldungen, die einen Director oder einen Executive Officer betreffen.',
      '**Der General Counsel gemeinsam mit dem Chief Financial Officer** erhält alle anderen Meldungen.',
    ],
    whoExcluded:
      'Wer in einer Meldung als beteiligt genannt wird, kann sie nicht sehen und erfährt nichts von ihr.',
    anonymousHeading: 'Wie anonym Ihre Meldung ist',
    anonymousList: [
      'Sie müssen Ihren Namen nicht angeben. Anonym ist die Voreinstellung.',
      'Candor speichert weder Ihre IP-Adresse noch Angaben zu Ihrem Browser oder Gerät, und diese Website setzt keine Tracking-Cookies.',
      'Damit auf Firmensystemen keine Spuren entstehen, nutzen Sie ein privates Gerät und ein privates Netz (zum Beispiel Ihr Handy über mobile Daten), nicht einen Firmenlaptop oder das WLAN im Büro.',
      'Was Sie schreiben, kann Sie erkennbar machen. Lassen Sie Einzelheiten weg, die nur Sie wissen können, wenn sie für das Verständnis nicht nötig sind.',
    ],
    receiptHeading: 'Ihr Beleg',
    receiptText:
      'Wenn Sie eine Meldung absenden, erhalten Sie einen Beleg: einen Code aus 24 Buchstaben und Ziffern. Er ist der einzige Weg zurück zu Ihrer Meldung, um Antworten zu lesen und Informationen nachzureichen. Er wird nur einmal angezeigt und kann nicht wiederhergestellt werden. Schreiben Sie ihn auf oder drucken Sie ihn aus und bewahren Sie ihn sicher auf.',
    outsideHeading: 'Sie können sich auch an Behörden wenden',
    outsideText:
      'Nichts in diesem Verfahren hindert Sie daran, mögliche Gesetzesverstöße der US-Börsenaufsicht SEC (Securities and Exchange Commission) oder einer anderen Behörde zu melden. Sie brauchen dafür keine Erlaubnis des Unternehmens und müssen dem Unternehmen nicht mitteilen, dass Sie es getan haben.',
    retaliationHeading: 'Schutz vor Repressalien',
    retaliationText:
      'Der Verhaltenskodex verbietet ausdrücklich Vergeltung, Drohungen oder Repressalien gegen alle, die in gutem Glauben ein Anliegen melden oder bei einer Untersuchung helfen. Wenn Ihnen das passiert, melden Sie es über Ihre Seite zur Weiterverfolgung.',
    channelsHeading: 'Andere Wege, etwas zu melden',
    channelsIntro: 'Nach dem Verhaltenskodex können Sie auch melden:',
    channelsList: [
      'an den General Counsel telefonisch unter +1 650-801-6252, per E-Mail an bposey@qualys.com oder per Brief an Qualys, Inc., 919 East Hillsdale Boulevard, 4th Floor, Foster City, CA 94404, USA, ATTENTION: General Counsel',
      'anonym, mit einem Brief ohne Ihren Namen an dieselbe Adresse',
      'zu Buchhaltung, internen Kontrollen oder Abschlussprüfung oder wenn der General Counsel oder die Rechtsabteilung beteiligt ist: an den Prüfungsausschuss per Brief (mit Namen oder anonym) an Qualys, Inc., 919 East Hillsdale Boulevard, 4th Floor, Foster City, CA 94404, USA, ATTENTION: Audit Committee of Qualys, Inc., oder über die vertrauliche und anonyme Hotline für finanzielle Bedenken (Financial Concern Hotline) unter +1 866-528-2457 oder https://www.whistleblowerservices.com/qlys',
    ],
  },

  report: {
    draftNote:
      'Ihre Antworten werden bis eine Stunde nach Ihrer letzten Antwort verschlüsselt aufbewahrt und beim Absenden gelöscht. Den Schlüssel dazu hat nur dieser Browser.',
    startAgain: 'Neu beginnen',
    concern: {
      title: 'Worum geht es bei Ihrem Anliegen?',
      hint: 'Wählen Sie, was am besten passt. Die zuständigen Personen können es bei Bedarf ändern.',
      goesTo: 'Geht an {{body}}.',
      boardNote:
        'Wenn Sie später einen Director oder Executive Officer als beteiligt nennen, geht Ihre Meldung stattdessen an das Board of Directors; nennen Sie den General Counsel oder jemanden aus der Rechtsabteilung, an den Prüfungsausschuss.',
    },
    whatHappened: {
      title: 'Was ist passiert?',
      guidanceHeading: 'Was Sie angeben sollten',
      guidance: [
        'Beschreiben Sie so genau wie möglich, was passiert ist, wer beteiligt war, wann und wo, woher Sie es wissen und ob es noch andauert.',
        'Sagen Sie, wo Belege zu finden sind. In einem späteren Schritt können Sie Dokumente, Fotos oder E-Mails anhängen, wie es der Verhaltenskodex empfiehlt.',
        'Wenn Sie anonym bleiben möchten, lassen Sie Einzelheiten weg, die nur Sie wissen können, wenn sie für das Verständnis nicht nötig sind.',
      ],
      titleLabel: 'Ein kurzer Titel',
      titleHint:
        'Zum Beispiel: „Umsätze verbucht, bevor die Ware geliefert war“. Höchstens {{max, number}} Zeichen.',
      descriptionLabel: 'Beschreiben Sie, was passiert ist',
      descriptionHint: 'Höchstens {{max, number}} Zeichen.',
    },
    whenWhere: {
      title: 'Wann und wo ist es passiert?',
      dateLegend: 'Wann ist es passiert?',
      dateHint:
        'Wenn Sie den Tag nicht genau wissen, geben Sie Monat und Jahr an. Wenn es über einen Zeitraum geschah, geben Sie den Beginn an. Zum Beispiel 27 3 2026.',
      day: 'Tag',
      month: 'Monat',
      year: 'Jahr',
      locationLabel: 'Wo ist es passiert?',
      locationHint:
        'Zum Beispiel ein Büro, ein Standort, ein Team oder ein System. Höchstens {{max, number}} Zeichen.',
    },
    people: {
      title: 'Wer war beteiligt?',
      hint: 'Sie können diese Seite leer lassen, wenn Sie es nicht wissen oder nicht sagen möchten.',
      implicatedLegend: 'Personen, die an dem Gemeldeten beteiligt sind',
      implicatedHint:
        'Geben Sie die Rolle auch an, wenn Sie den Namen weglassen. Nennen Sie einen Director oder Executive Officer, geht Ihre Meldung an das Board of Directors; nennen Sie den General Counsel oder jemanden aus der Rechtsabteilung, an den Prüfungsausschuss.',
      person: 'Person {{n}}',
      personName: 'Name',
      personRole: 'Rolle',
      chooseRole: 'Rolle auswählen',
      addPerson: 'Weitere Person hinzufügen',
      removePerson: 'Person {{n}} entfernen',
      witnessesLegend: 'Zeugen oder Personen, die helfen könnten',
      witnessesHint:
        'Personen, die gesehen haben, was passiert ist, oder davon wissen. Ihre Namen werden verschlüsselt gespeichert, und auch sie sind vor Repressalien geschützt.',
      witness: 'Zeuge {{n}}',
      witnessName: 'Name',
      witnessContact: 'Wie man die Person erreicht',
      witnessContactHint: 'Eine E-Mail-Adresse, eine Telefonnummer oder ihr Team.',
      addWitness: 'Weiteren Zeugen hinzufügen',
      removeWitness: 'Zeuge {{n}} entfernen',
    },
    files: {
      title: 'Dokumente oder Fotos hinzufügen',
      hint: 'Dokumente, Fotos, Bildschirmfotos oder E-Mails, die zeigen, was passiert ist. Höchstens {{count}} Dateien zu je 25 MB.',
      metadataHeading: 'Versteckte Angaben in Dateien',
      metadataWarning:
        'Aus Fotos und anderen Bildern entfernen wir vor dem Speichern Standort-, Kamera- und Urheberangaben. Andere Dateien (PDF-, Word-, Excel-, PowerPoint- und OpenDocument-Dateien, E-Mails) werden genau so gespeichert, wie Sie sie senden, und können versteckte Angaben enthalten, etwa Ihren Namen, Ihre Organisation, den Namen Ihres Computers oder E-Mail-Adressen. Auch Dateinamen bleiben erhalten. Wenn Ihnen das wichtig ist, entfernen Sie diese Angaben oder benennen Sie die Datei vor dem Hochladen um, oder senden Sie stattdessen ein Bildschirmfoto.',
      accepted:
        'Erlaubt: PDF, Bilder als JPEG, PNG, GIF oder WebP, reiner Text oder CSV, Word-, Excel-, PowerPoint- oder OpenDocument-Dateien und E-Mails (.eml, .msg).',
      chooseLabel: 'Dateien auswählen',
      upload: 'Diese Dateien hinzufügen',
      addedHeading: 'Hinzugefügte Dateien',
      noneAdded: 'Noch keine Dateien hinzugefügt. Dateien sind freiwillig.',
      cleaned: 'Standort-, Kamera- und Urheberangaben entfernt',
      notCleaned: 'Unverändert gespeichert: kann versteckte Angaben enthalten',
      removeFile: '{{name}} entfernen',
      full: 'Sie haben so viele Dateien hinzugefügt, wie eine Meldung haben kann. Entfernen Sie eine, um eine andere hinzuzufügen, oder fügen Sie nach dem Absenden weitere auf Ihrer Seite zur Weiterverfolgung hinzu.',
      busy: 'Candor kann gerade keine weiteren Dateien für noch nicht abgesendete Meldungen aufnehmen. Senden Sie Ihre Meldung ohne sie ab und fügen Sie die Dateien mit Ihrem Beleg auf der Seite zur Weiterverfolgung hinzu, oder versuchen Sie es in einer Stunde noch einmal.',
    },
    aboutYou: {
      title: 'Möchten Sie Ihren Namen angeben?',
      anonymous: 'Nein, anonym bleiben',
      anonymousHint:
        'Wir fragen nichts ab und speichern nichts, was Sie erkennbar macht. Sie verfolgen Ihre Meldung nur mit Ihrem Beleg weiter.',
      named: 'Ja, meinen Namen und eine Kontaktmöglichkeit angeben',
      namedHint:
        'Ihr Name und Ihre Kontaktdaten werden verschlüsselt und vor den zuständigen Personen verborgen. Sie werden mit angemessenen Bemühungen vertraulich behandelt, eine uneingeschränkte Garantie ist jedoch nicht möglich: Ihre Identität kann während einer Untersuchung erkennbar werden oder muss unter Umständen offengelegt werden, etwa in behördlichen Verfahren. Muss sie jemals offengelegt werden, erfahren Sie es zuerst, auf Ihrer Seite zur Weiterverfolgung.',
      outside:
        'Wie auch immer Sie sich entscheiden: Sie können sich außerdem an die SEC oder eine andere Behörde wenden, ohne es dem Unternehmen mitzuteilen.',
    },
    contact: {
      title: 'Ihr Name und wie man Sie erreicht',
      nameLabel: 'Vollständiger Name',
      emailLabel: 'E-Mail-Adresse',
      emailHint:
        'Nutzen Sie eine private Adresse, wenn Nachrichten zu Ihrer Meldung nicht im E-Mail-System des Unternehmens liegen sollen.',
      phoneLabel: 'Telefonnummer',
      phoneHint: 'Geben Sie eine E-Mail-Adresse, eine Telefonnummer oder beides an.',
      newsLegend: 'E-Mails zu Ihrer Meldung',
      newsLabel: 'Mir eine E-Mail senden, wenn es Neuigkeiten zu meiner Meldung gibt',
      newsHint:
        'Die E-Mail sagt nur, dass es Neuigkeiten gibt, und verlinkt auf die Seite zur Weiterverfolgung: Sie enthält nie Ihre Meldung, ein Aktenzeichen oder einen Namen. Wer Ihr Postfach lesen kann, sieht aber, dass Sie E-Mails von Candor erhalten.',
    },
    check: {
      title: 'Prüfen Sie Ihre Angaben vor dem Absenden',
      concernHeading: 'Ihr Anliegen',
      concern: 'Worum es geht',
      goesTo: 'Wer sie erhält',
      reportTitle: 'Titel',
      description: 'Was passiert ist',
      date: 'Wann',
      location: 'Wo',
      implicated: 'Beteiligte Personen',
      witnesses: 'Zeugen',
      files: 'Dateien',
      filesCount_one: '{{count}} Datei',
      filesCount_other: '{{count}} Dateien',
      you: 'Zu Ihrer Person',
      anonymous: 'Anonym',
      named: 'Mit Namen',
      name: 'Name',
      email: 'E-Mail',
      phone: 'Telefon',
      news: 'Neuigkeiten per E-Mail',
      yes: 'Ja',
      no: 'Nein',
      noPeople: 'Niemand genannt',
      noFiles: 'Keine Dateien',
      sendHeading: 'Meldung jetzt absenden',
      sendText:
        'Nach dem Absenden erhalten Sie Ihren Beleg. Er wird nur einmal angezeigt und kann nicht wiederhergestellt werden: Halten Sie einen Stift bereit oder drucken Sie ihn aus.',
      send: 'Meldung absenden',
      incomplete: {
        concern: 'Wählen Sie aus, worum es bei Ihrem Anliegen geht',
        whatHappened: 'Geben Sie einen Titel an und beschreiben Sie, was passiert ist',
        whenWhere: 'Prüfen Sie, wann und wo es passiert ist',
        people: 'Prüfen Sie die beteiligten Personen und die Zeugen',
        aboutYou: 'Wählen Sie aus, ob Sie Ihren Namen angeben möchten',
        contact: 'Geben Sie Ihren Namen und eine E-Mail-Adresse oder Telefonnummer an',
      },
    },
    receipt: {
      title: 'Ihre Meldung wurde abgesendet',
      reference: 'Aktenzeichen',
      receiptHeading: 'Ihr Beleg',
      receiptLabel: 'Beleg',
      onlyOnce:
        '**Ihr Beleg wird nur dieses eine Mal angezeigt. Er kann nicht wiederhergestellt werden.** Schreiben Sie ihn jetzt auf oder drucken Sie diese Seite aus und bewahren Sie ihn sicher auf, nicht auf Firmensystemen.',
      readAloud: 'Zum Vorlesen in Vierergruppen: {{groups}}.',
      howToUse:
        'Um Antworten zu lesen, Fragen zu beantworten oder Informationen nachzureichen, öffnen Sie {{url}} und melden Sie sich mit diesem Beleg an.',
      goesTo: 'Ihre Meldung geht an {{body}}. Sie erhalten eine Bestätigung bis zum {{date}}.',
      print:
        'Zum Drucken nutzen Sie den Druckbefehl Ihres Browsers (Strg+P, auf dem Mac Cmd+P). Gedruckt werden nur der Beleg und die Adresse zur Weiterverfolgung.',
      whatNext: 'Wie es weitergeht',
      whatNextText:
        'Schauen Sie in einigen Tagen mit Ihrem Beleg wieder vorbei, um die Bestätigung zu lesen. Die zuständigen Personen stellen Ihnen dort möglicherweise Fragen. Eine Rückmeldung dazu, was unternommen wurde, erhalten Sie innerhalb von 3 Monaten nach der Bestätigung.',
      alreadyShownTitle: 'Ihr Beleg wurde bereits angezeigt',
      alreadyShownText:
        'Zu Ihrer Sicherheit wird ein Beleg nur einmal angezeigt und nirgends aufbewahrt, wo er erneut angezeigt werden könnte. Wenn Sie ihn nicht aufgeschrieben haben, können Sie diese Meldung nicht weiterverfolgen; Sie können aber eine neue Meldung abgeben, die auf die frühere verweist.',
      waitingTitle: 'Ihre Meldung wird abgesendet',
      waitingText:
        'Das dauert länger als üblich. Laden Sie diese Seite gleich neu, um Ihren Beleg zu sehen.',
    },
    expired: {
      title: 'Ihre Antworten sind nicht mehr vorhanden',
      text: 'Antworten zu einer nicht abgesendeten Meldung werden eine Stunde nach der letzten Antwort oder beim Schließen des Browsers gelöscht. Es wurde nichts abgesendet.',
      action: 'Neue Meldung beginnen',
    },
    sent: {
      title: 'Diese Meldung wurde bereits abgesendet',
      text: 'Jede Meldung wird nur einmal abgesendet. Wenn Sie den Beleg nicht notiert haben, geben Sie eine neue Meldung ab, die auf die frühere verweist.',
    },
  },

  followUp: {
    signIn: {
      title: 'Eine Meldung weiterverfolgen',
      lead: 'Melden Sie sich mit dem Beleg an, den Sie beim Absenden Ihrer Meldung erhalten haben, um Antworten zu lesen, Fragen zu beantworten oder Dateien hinzuzufügen.',
      receiptLabel: 'Ihr Beleg',
      receiptHint:
        '24 Buchstaben und Ziffern. Leerzeichen, Bindestriche und Kleinbuchstaben sind kein Problem, und Sie können ihn einfügen.',
      submit: 'Anmelden',
      lost: 'Ein verlorener Beleg kann nicht wiederhergestellt werden. Sie können [eine neue Meldung abgeben](/report/concern), die auf die frühere verweist.',
      timing:
        'Zu Ihrer Sicherheit werden Sie 15 Minuten nach der Anmeldung abgemeldet. Wenn Sie eine lange Nachricht schreiben, verfassen Sie sie zuerst anderswo und fügen Sie sie dann hier ein.',
      signedOut: 'Sie haben sich abgemeldet.',
      expired:
        'Sie wurden abgemeldet, weil 15 Minuten vergangen sind. Melden Sie sich mit Ihrem Beleg erneut an.',
    },
    case: {
      title: 'Ihre Meldung {{reference}}',
      signOut: 'Abmelden',
      signedInUntil: 'Sie sind angemeldet bis {{time}}.',
      statusHeading: 'Stand',
      status: 'Stand',
      received: 'Eingegangen am',
      goesTo: 'Bearbeitet von',
      acknowledgeBy: 'Bestätigung fällig bis',
      acknowledged: 'Bestätigt am',
      feedbackBy: 'Rückmeldung fällig bis',
      writableUntil: 'Sie können schreiben bis',
      whatNext: 'Wie es weitergeht',
      messagesHeading: 'Nachrichten',
      noMessages: 'Noch keine Nachrichten.',
      fromYou: 'Sie haben geschrieben',
      fromHandler: 'Die zuständigen Personen haben geschrieben',
      acknowledgement: 'Bestätigung',
      identityNotice: 'Ihre Identität wird offengelegt',
      identityNoticeLead:
        'Die für Ihre Meldung zuständigen Personen haben entschieden, dass Ihre Identität ihnen gegenüber offengelegt werden muss. Sie sind verpflichtet, Sie zuerst darüber zu informieren. Ihre Nachricht:',
      filesHeading: 'Von Ihnen gesendete Dateien',
      noFiles: 'Sie haben keine Dateien gesendet.',
      messageHeading: 'Eine Nachricht senden',
      messageLabel: 'Ihre Nachricht',
      messageHint:
        'Höchstens {{max, number}} Zeichen. Sie geht nur an die für Ihre Meldung zuständigen Personen.',
      send: 'Nachricht senden',
      sent: 'Ihre Nachricht wurde gesendet.',
      addFilesHeading: 'Dateien hinzufügen',
      addFiles: 'Diese Dateien senden',
      filesAdded_one: '{{count}} Datei wurde hinzugefügt.',
      filesAdded_other: '{{count}} Dateien wurden hinzugefügt.',
      closedForWriting:
        'Dieser Fall wurde vor mehr als {{days}} Tagen geschlossen. Sie können ihn weiterhin lesen, aber keine Nachrichten oder Dateien mehr senden.',
      retaliationHeading: 'Wenn Sie wegen Ihrer Meldung benachteiligt werden',
      retaliationText:
        'Repressalien gegen alle, die in gutem Glauben etwas melden, sind verboten. Wenn Ihnen das passiert, melden Sie es. Daraus wird eine neue Meldung, die mit dieser verknüpft ist und einen eigenen Beleg erhält.',
      retaliationLink: 'Repressalien melden',
      outsideHeading: 'Ihr Recht, sich an Behörden zu wenden',
    },
    acknowledgement: [
      'Vielen Dank für Ihre Meldung. Wir bestätigen, dass wir sie erhalten haben und dass sie von {{body}} bearbeitet wird.',
      'Sie erhalten spätestens bis zum {{date}} eine Rückmeldung dazu, was unternommen wurde. Mit Ihrem Beleg können Sie jederzeit Informationen oder Dateien nachreichen.',
      'Repressalien gegen alle, die in gutem Glauben etwas melden, sind verboten. Wenn Sie so etwas erleben, nutzen Sie „Repressalien melden“ auf dieser Seite.',
      'Nichts in diesem Verfahren hindert Sie daran, mögliche Gesetzesverstöße der US-Börsenaufsicht SEC (Securities and Exchange Commission) oder einer anderen Behörde zu melden. Sie brauchen dafür weder unsere Erlaubnis, noch müssen Sie uns vorher informieren.',
    ],
    retaliation: {
      title: 'Repressalien melden',
      lead: 'Beschreiben Sie, was Ihnen angetan oder angedroht wurde und von wem, weil Sie eine Meldung abgegeben oder bei einer Untersuchung geholfen haben.',
      linked:
        'Daraus wird eine neue Meldung, verknüpft mit Ihrer Meldung {{reference}}. Die in jener Meldung als beteiligt genannten Personen können sie nicht sehen. Sie erhält einen eigenen Beleg.',
      descriptionLabel: 'Was passiert ist',
      descriptionHint: 'Höchstens {{max, number}} Zeichen.',
      submit: 'Meldung über Repressalien absenden',
      receiptTitle: 'Ihre Meldung über Repressalien wurde abgesendet',
    },
  },

  staffCase: {
    title: 'Fall {{reference}}',
    queue: 'Zurück zur Eingangsliste',
    contents: 'Auf dieser Seite',
    done: {
      acknowledged:
        'Der Eingang ist bestätigt. Die meldende Person sieht die Bestätigung auf ihrer Folgeseite.',
      status: 'Der Status ist jetzt: {{status}}.',
      assigned: '{{name}} ist dem Fall zugewiesen.',
      implicated: 'Die Person ist dem Fall hinzugefügt. Die Zuständigkeit hat sich nicht geändert.',
      rerouted: 'Der Fall wurde neu zugeordnet: Zuständig ist jetzt {{body}}.',
      note: 'Ihre interne Notiz ist hinzugefügt. Die meldende Person sieht sie nicht.',
      recommendation:
        'Ihre Empfehlung ist als interne Notiz für das zuständige Gremium hinzugefügt.',
      message: 'Ihre Nachricht ist an die meldende Person gesendet.',
      outcome: 'Das Ergebnis ist erfasst.',
      action: 'Die Maßnahme ist erfasst.',
      approved: 'Ihre Zustimmung ist erfasst.',
      effective: 'Ihre Zustimmung ist erfasst. Die Entscheidung ist jetzt wirksam.',
      protectedPerson: 'Die Person ist ab jetzt vor Repressalien geschützt.',
      holdPlaced: 'Der Fall unterliegt jetzt einem Legal Hold.',
      holdReleased: 'Der Legal Hold ist aufgehoben.',
      noticeTitle: 'Erledigt',
    },
    report: {
      heading: 'Die Meldung',
      status: 'Status',
      concernType: 'Anliegen',
      reportTitle: 'Titel',
      description: 'Was geschehen ist',
      occurredAt: 'Wann',
      location: 'Wo',
      channel: 'Meldeweg',
      received: 'Eingegangen',
      reporter: 'Meldende Person',
      anonymous: 'Anonym',
      named: 'Mit Namen: die Identität ist verborgen',
      relatedCase: 'Verknüpfter Fall',
      notGiven: 'Nicht angegeben',
      dismissalReason: 'Grund der Einstellung',
      finding: 'Wirksames Ergebnis',
    },
    channels: {
      web: 'Webformular',
      mail: 'Brief',
      phone: 'Telefon',
      email: 'E-Mail',
      in_person: 'Persönlich',
    },
    statuses: {
      received: 'Eingegangen',
      acknowledged: 'Bestätigt',
      triage: 'Prüfung',
      investigating: 'Untersuchung',
      resolved: 'Geklärt',
      closed: 'Abgeschlossen',
      dismissed: 'Eingestellt',
      reopened: 'Wieder aufgenommen',
    },
    bodies: {
      general_counsel: 'der General Counsel mit dem CFO',
      audit_committee: 'der Prüfungsausschuss',
      board: 'der Verwaltungsrat',
    },
    roles: {
      general_counsel: 'General Counsel',
      cfo: 'Finanzvorstand (CFO)',
      audit_committee: 'Prüfungsausschuss',
      board: 'Verwaltungsrat',
      investigator: 'Ermittler/in',
      hr: 'Personalabteilung',
      admin: 'Administration',
    },
    routing: {
      heading: 'Zuständigkeit',
      routedTo: 'Geht an',
      handledBy: 'Bearbeitet von',
      rule: 'Regel',
      explanation: 'Begründung',
      policyVersion: 'Version der Richtlinie',
      decided: 'Entschieden',
      intake: 'Bei Eingang',
      reroute: 'Neu zugeordnet',
      history: 'Frühere Entscheidungen',
    },
    deadlines: {
      heading: 'Fristen',
      acknowledgeBy: 'Eingang bestätigen bis',
      acknowledged: 'Bestätigt',
      feedbackDueAt: 'Rückmeldung an die meldende Person bis',
      feedbackGivenAt: 'Rückmeldung gegeben',
      none: 'Nichts ist fällig.',
      overdue: 'Überfällig',
      daysLeft_one: 'noch {{count}} Tag',
      daysLeft_other: 'noch {{count}} Tage',
      daysOverdue_one: '{{count}} Tag überfällig',
      daysOverdue_other: '{{count}} Tage überfällig',
    },
    parties: {
      heading: 'Beteiligte Personen',
      none: 'Im Fall ist niemand genannt.',
      name: 'Name',
      role: 'Rolle',
      kind: 'Beteiligung',
      kinds: {
        implicated: 'Beschuldigt',
        witness: 'Zeuge/Zeugin',
        assisting: 'Hat bei der Untersuchung geholfen',
      },
      staffMatch: 'Mitarbeiter/in: vom Fall ausgeschlossen',
      unnamed: 'Name nicht angegeben',
      addHeading: 'Beschuldigte Person hinzufügen',
      addHint:
        'Eine neue Person ordnet den Fall neu zu. Ist sie Mitglied des Verwaltungsrats oder der Geschäftsleitung, geht der Fall an den Verwaltungsrat; ein hier genanntes Teammitglied wird sofort ausgeschlossen.',
      nameLabel: 'Vollständiger Name',
      roleLabel: 'Ihre Rolle',
      rolePlaceholder: 'Rolle auswählen',
      add: 'Person hinzufügen',
    },
    partyRoles: {
      director: 'Verwaltungsratsmitglied',
      executive_officer: 'Mitglied der Geschäftsleitung',
      general_counsel: 'General Counsel',
      legal: 'Rechtsabteilung',
      cfo: 'Finanzvorstand (CFO)',
      finance: 'Finanzen oder Buchhaltung',
      employee: 'Beschäftigte/r',
      contractor: 'Auftragnehmer/in oder Vertreter/in',
      third_party: 'Außerhalb des Unternehmens',
      unknown: 'Unbekannt',
    },
    files: {
      heading: 'Dateien',
      none: 'Es gibt keine Dateien.',
      download: 'Herunterladen',
      size: 'Größe',
      added: 'Hinzugefügt',
      from: 'Von',
      fromReporter: 'Meldende Person',
      fromStaff: 'Team',
      metadataRemoved: 'Metadaten entfernt',
    },
    messages: {
      heading: 'Nachrichten mit der meldenden Person',
      none: 'Noch keine Nachrichten.',
      fromReporter: 'Meldende Person',
      fromHandler: 'Bearbeitung',
      acknowledgement: 'Eingangsbestätigung',
      identityNotice: 'Hinweis zur Identität',
      replyHeading: 'Der meldenden Person antworten',
      replyLabel: 'Ihre Nachricht',
      replyHint:
        'Die meldende Person liest dies auf ihrer Folgeseite. Nennen Sie andere Personen oder sich selbst nur, wenn Sie es beabsichtigen.',
      send: 'An die meldende Person senden',
    },
    notes: {
      heading: 'Interne Notizen',
      hint: 'Die meldende Person sieht diese nie. Notizen können nicht geändert werden: Für eine Korrektur fügen Sie eine neue Notiz hinzu.',
      none: 'Noch keine internen Notizen.',
      interview: 'Gesprächsprotokoll',
      corrects: 'Korrigiert eine frühere Notiz',
      addHeading: 'Interne Notiz hinzufügen',
      bodyLabel: 'Interne Notiz',
      kindLabel: 'Art der Notiz',
      kindNote: 'Notiz',
      kindInterview: 'Gesprächsprotokoll',
      add: 'Interne Notiz hinzufügen',
    },
    recommendation: {
      heading: 'Ergebnis empfehlen',
      hint: 'Über das Ergebnis entscheidet das zuständige Gremium. Ihre Empfehlung wird als interne Notiz gespeichert.',
      findingLabel: 'Empfohlenes Ergebnis',
      summaryLabel: 'Begründung',
      submit: 'Empfehlung hinzufügen',
      noteText: 'Empfohlenes Ergebnis: {{finding}}',
    },
    status: {
      heading: 'Status',
      current: 'Der Fall ist im Status {{status}}.',
      none: 'Von hier aus ist keine Statusänderung möglich.',
      move: 'Weiter zu {{status}}',
      acknowledge: 'Eingang bestätigen',
      acknowledgeHint:
        'Die meldende Person erhält die Bestätigung und das Datum, bis zu dem sie mehr erfährt.',
      dismissHeading: 'Fall einstellen',
      dismissalReasonLabel: 'Grund der Einstellung',
      reopenHeading: 'Fall wieder aufnehmen',
      reopenReasonLabel: 'Warum der Fall wieder aufgenommen wird',
      reasonLabel: 'Grund (optional)',
    },
    dismissalReasons: {
      outside_code: 'Außerhalb des Verhaltenskodex',
      duplicate: 'Doppelt zu einem anderen Fall',
      insufficient_information: 'Unzureichende Informationen',
    },
    assignment: {
      heading: 'Ermittler/innen',
      none: 'Niemand ist mit der Untersuchung beauftragt.',
      assignedOn: 'zugewiesen am {{date}}',
      label: 'Ermittler/in zuweisen',
      placeholder: 'Ermittler/in auswählen',
      noneAvailable:
        'Niemand sonst kann zugewiesen werden: Vom Fall ausgeschlossene Personen werden nie angeboten.',
      submit: 'Zuweisen',
    },
    protectedPeople: {
      heading: 'Geschützte Personen',
      hint: 'Vor Repressalien geschützte Personen: Zeugen und Personen, die geholfen haben. Die Personalabteilung prüft nachteilige Maßnahmen gegen diese Liste, ohne vom Fall zu erfahren.',
      reporterProtected: 'Die namentlich meldende Person ist ebenfalls geschützt.',
      until: 'Geschützt bis {{date}}.',
      whileOpen: 'Geschützt, solange der Fall offen ist, und eine Zeit lang danach.',
      none: 'Sonst ist noch niemand geschützt.',
      addHeading: 'Person schützen',
      nameLabel: 'Vollständiger Name',
      emailLabel: 'E-Mail-Adresse (optional)',
      employeeIdLabel: 'Personalnummer (optional)',
      add: 'Person schützen',
    },
    hold: {
      heading: 'Legal Hold',
      none: 'Der Fall unterliegt keinem Legal Hold.',
      active:
        'Legal Hold für {{matter}}, angeordnet von {{name}} am {{date}}. Nichts am Fall kann gelöscht oder geändert werden.',
      matterLabel: 'Rechtssache',
      matterHint: 'Zum Beispiel die Bezeichnung des Verfahrens oder der behördlichen Anfrage.',
      place: 'Legal Hold anordnen',
      releaseNoteLabel: 'Freigabevermerk',
      releaseNoteHint:
        'Ein Legal Hold wird nur schriftlich aufgehoben: Begründen Sie die Freigabe.',
      release: 'Legal Hold aufheben',
    },
    identity: {
      heading: 'Identität der meldenden Person',
      anonymous: 'Die Meldung ist anonym: Es gibt keine Identität, die offengelegt werden könnte.',
      hidden:
        'Die meldende Person hat ihren Namen angegeben. Er ist vor allen Bearbeitenden verborgen.',
      start: 'Identität offenlegen',
      pageTitle: 'Identität der meldenden Person offenlegen',
      lead: 'Legen Sie die Identität nur offen, wenn es sein muss. Die meldende Person wird zuerst informiert, in ihrem Postfach auf der Folgeseite, mit Ihrer Begründung. Die Offenlegung wird protokolliert und der Vorsitz des Prüfungsausschusses informiert.',
      justificationLabel: 'Warum die Identität offengelegt werden muss',
      justificationHint: 'Die meldende Person liest dies. Schreiben Sie mindestens einen Satz.',
      continue: 'Weiter',
      confirmTitle: 'Offenlegung bestätigen',
      confirmLead:
        'Die meldende Person wird zuerst informiert. Wenn Sie bestätigen, geht dieser Hinweis in ihr Postfach, bevor Ihnen die Identität angezeigt wird:',
      confirmReason: 'Ihre Begründung',
      confirm: 'Identität offenlegen',
      cancel: 'Abbrechen und zurück zum Fall',
      revealedTitle: 'Die Identität der meldenden Person',
      revealedLead:
        'Die meldende Person ist informiert. Behandeln Sie dies vertraulich: Es wird nur jetzt angezeigt und nicht auf dieser Seite gespeichert.',
      name: 'Name',
      email: 'E-Mail',
      phone: 'Telefon',
    },
    outcome: {
      heading: 'Ergebnisse und Maßnahmen',
      none: 'Kein Ergebnis erfasst.',
      recordedBy: 'Erfasst von {{name}} am {{date}}',
      effective: 'Wirksam seit {{date}}',
      pending: 'Wartet auf Zustimmung',
      approvedBy: 'Zugestimmt haben',
      awaiting: 'Ausstehend',
      nobody: 'Noch niemand',
      approve: 'Zustimmen',
      approveFinding: 'Dem Ergebnis zustimmen',
      approveAction: 'Der Maßnahme zustimmen',
      jointHint:
        'Ein Ergebnis und eine Disziplinarmaßnahme werden wirksam, wenn {{roles}} zugestimmt haben. Wer sie erfasst, stimmt damit zu.',
      recordHeading: 'Ergebnis erfassen',
      findingLabel: 'Ergebnis',
      summaryLabel: 'Zusammenfassung',
      record: 'Ergebnis erfassen',
      actionsHeading: 'Maßnahmen',
      noActions: 'Keine Maßnahme erfasst.',
      actionHeading: 'Maßnahme erfassen',
      kindLabel: 'Art der Maßnahme',
      measureLabel: 'Maßnahme',
      measurePlaceholder: 'Maßnahme auswählen',
      subjectLabel: 'Betroffene Person (Disziplinar- und Zwischenmaßnahmen)',
      ownerLabel: 'Verantwortlich (Korrekturmaßnahme)',
      descriptionLabel: 'Beschreibung (optional)',
      dueDateLabel: 'Fällig am (Korrekturmaßnahme), als JJJJ-MM-TT',
      recordAction: 'Maßnahme erfassen',
      subject: 'Betrifft',
      owner: 'Verantwortlich',
      due: 'Fällig',
    },
    findings: {
      substantiated: 'Bestätigt',
      partially_substantiated: 'Teilweise bestätigt',
      unsubstantiated: 'Nicht bestätigt',
      insufficient_information: 'Unzureichende Informationen',
    },
    actionKinds: {
      disciplinary: 'Disziplinarmaßnahme',
      corrective: 'Korrekturmaßnahme',
      interim: 'Zwischenmaßnahme',
    },
    measures: {
      oral_reprimand: 'Mündliche Ermahnung',
      written_reprimand: 'Schriftliche Abmahnung',
      suspension_with_pay: 'Freistellung mit Bezahlung',
      suspension_without_pay: 'Freistellung ohne Bezahlung',
      termination: 'Kündigung',
      control_fix: 'Behebung einer Kontrolle',
      training: 'Schulung',
      process_change: 'Prozessänderung',
      suspension_pending_investigation: 'Freistellung während der Untersuchung',
      other: 'Sonstiges',
    },
    audit: {
      heading: 'Prüfprotokoll',
      link: 'Prüfprotokoll dieses Falls ansehen',
      title: 'Prüfprotokoll des Falls {{reference}}',
      lead: 'Alles, was mit dem Fall geschah, und jeder Lesezugriff, ältester Eintrag zuerst. Auch Ihr Aufruf dieser Seite wird protokolliert.',
      when: 'Wann',
      who: 'Wer',
      what: 'Was',
      seq: 'Eintrag',
      system: 'Candor',
      reporter: 'Meldende Person',
      unknownStaff: 'Teammitglied',
      none: 'Keine Einträge.',
      next: 'Weitere Einträge',
      first: 'Erste Einträge',
      backToCase: 'Zurück zum Fall',
    },
    auditActions: {
      case_created: 'Fall angelegt',
      case_viewed: 'Fall gelesen',
      case_rerouted: 'Neu zugeordnet',
      case_assigned: 'Ermittler/in zugewiesen',
      case_status_changed: 'Status geändert',
      case_protected_people_viewed: 'Geschützte Personen gelesen',
      case_exported: 'Fall exportiert',
      case_purged: 'Fall gelöscht',
      case_retaliation_reported: 'Repressalien gemeldet',
      note_added: 'Interne Notiz hinzugefügt',
      message_sent: 'Nachricht gesendet',
      file_added: 'Datei hinzugefügt',
      file_downloaded: 'Datei heruntergeladen',
      party_added: 'Person hinzugefügt',
      identity_revealed: 'Identität offengelegt',
      legal_hold_placed: 'Legal Hold angeordnet',
      legal_hold_released: 'Legal Hold aufgehoben',
      legal_hold_blocked: 'Änderung abgelehnt: Legal Hold',
      outcome_recorded: 'Ergebnis erfasst',
      outcome_approved: 'Ergebnis zugestimmt',
      outcome_effective: 'Ergebnis wirksam',
      action_recorded: 'Maßnahme erfasst',
      action_approved: 'Maßnahme zugestimmt',
      action_effective: 'Maßnahme wirksam',
      audit_events_viewed: 'Prüfprotokoll gelesen',
      recusal_confirmed: 'Ausschluss bestätigt',
      recusal_cleared: 'Ausschluss aufgehoben',
    },
    errors: {
      to: 'Wählen Sie einen Status, in den der Fall wechseln kann',
      dismissalReason: 'Wählen Sie, warum der Fall eingestellt wird',
      reopenReason: 'Geben Sie an, warum der Fall wieder aufgenommen wird',
      reasonTooLong: 'Der Grund darf höchstens {{max, number}} Zeichen lang sein',
      userId: 'Wählen Sie eine Ermittlerin oder einen Ermittler',
      implicatedName: 'Geben Sie den Namen der Person ein',
      implicatedNameTooLong: 'Der Name darf höchstens {{max, number}} Zeichen lang sein',
      implicatedRole: 'Wählen Sie die Rolle der Person',
      noteBody: 'Geben Sie die interne Notiz ein',
      noteTooLong: 'Die Notiz darf höchstens {{max, number}} Zeichen lang sein',
      messageBody: 'Geben Sie Ihre Nachricht an die meldende Person ein',
      messageTooLong: 'Die Nachricht darf höchstens {{max, number}} Zeichen lang sein',
      finding: 'Wählen Sie ein Ergebnis',
      summary: 'Geben Sie eine Zusammenfassung des Ergebnisses ein',
      summaryTooLong: 'Die Zusammenfassung darf höchstens {{max, number}} Zeichen lang sein',
      kind: 'Wählen Sie die Art der Maßnahme',
      measure: 'Wählen Sie eine Maßnahme, die zur Art passt',
      subject: 'Geben Sie die betroffene Person ein',
      owner: 'Geben Sie an, wer für die Korrekturmaßnahme verantwortlich ist',
      dueDate: 'Geben Sie das Fälligkeitsdatum als JJJJ-MM-TT ein, zum Beispiel 2027-03-31',
      tooLong: 'Der Text ist zu lang',
      protectedName: 'Geben Sie den Namen der Person ein',
      protectedDetails: 'Prüfen Sie Name, E-Mail-Adresse und Personalnummer',
      matter: 'Geben Sie die Rechtssache ein',
      matterTooLong: 'Die Rechtssache darf höchstens {{max, number}} Zeichen lang sein',
      releaseNote: 'Geben Sie den Freigabevermerk ein',
      releaseNoteTooLong: 'Der Freigabevermerk darf höchstens {{max, number}} Zeichen lang sein',
      justification:
        'Schreiben Sie mindestens einen Satz zur Begründung (20 Zeichen oder mehr): Die meldende Person liest ihn',
      justificationTooLong: 'Die Begründung darf höchstens {{max, number}} Zeichen lang sein',
      alreadyHeld: 'Der Fall unterliegt bereits einem Legal Hold',
      notHeld: 'Der Fall unterliegt keinem Legal Hold',
      held: 'Der Fall unterliegt einem Legal Hold: Das ist währenddessen nicht möglich',
      conflict:
        'Das ist jetzt nicht möglich: Der Fall hat sich geändert. Prüfen Sie ihn und versuchen Sie es erneut.',
      sameApprover: 'Sie haben bereits zugestimmt: Die andere erforderliche Person muss zustimmen',
      noIdentity: 'Die Meldung ist anonym: Es gibt keine Identität, die offengelegt werden könnte',
      outcomeStatus:
        'Ein Ergebnis wird während der Untersuchung, nach der Klärung oder nach der Wiederaufnahme erfasst',
    },
  },

  errors: {
    concernType: { missing: 'Wählen Sie aus, worum es bei Ihrem Anliegen geht' },
    title: {
      missing: 'Geben Sie einen kurzen Titel ein',
      tooLong: 'Der Titel darf höchstens {{max, number}} Zeichen lang sein',
    },
    description: {
      missing: 'Beschreiben Sie, was passiert ist',
      tooLong: 'Die Beschreibung darf höchstens {{max, number}} Zeichen lang sein',
    },
    date: {
      incomplete: 'Das Datum muss einen Monat und ein Jahr enthalten',
      invalid: 'Geben Sie ein gültiges Datum ein, zum Beispiel 27 3 2026',
      range: 'Das Datum muss heute oder in der Vergangenheit liegen, und nach 1900',
    },
    location: { tooLong: 'Der Ort darf höchstens {{max, number}} Zeichen lang sein' },
    implicated: {
      role: 'Wählen Sie die Rolle von Person {{n}} aus',
      nameTooLong: 'Der Name von Person {{n}} darf höchstens {{max, number}} Zeichen lang sein',
      tooMany: 'Sie können höchstens {{max, number}} Personen nennen',
    },
    witnesses: {
      name: 'Geben Sie den Namen von Zeuge {{n}} ein oder entfernen Sie den Zeugen',
      nameTooLong: 'Der Name von Zeuge {{n}} darf höchstens {{max, number}} Zeichen lang sein',
      contactTooLong:
        'Die Angabe, wie man Zeuge {{n}} erreicht, darf höchstens {{max, number}} Zeichen lang sein',
      tooMany: 'Sie können höchstens {{max, number}} Zeugen nennen',
    },
    files: {
      missing: 'Wählen Sie eine Datei aus',
      tooMany: 'Eine Meldung kann höchstens {{max, number}} Dateien enthalten',
      tooLarge: 'Jede Datei darf höchstens 25 MB groß sein',
      empty: 'Die Datei ist leer',
      unsupported:
        'Dieser Dateityp wird nicht angenommen. Sie können PDF, Bilder als JPEG, PNG, GIF oder WebP, reinen Text oder CSV, Word-, Excel-, PowerPoint- oder OpenDocument-Dateien und E-Mails (.eml, .msg) senden.',
      heic: 'HEIC-Fotos werden nicht angenommen, weil wir ihre Standortdaten nicht entfernen können. Senden Sie das Foto stattdessen als JPEG (auf dem iPhone: Einstellungen > Kamera > Formate > Maximale Kompatibilität).',
      otherImage: 'Dieses Bildformat wird nicht angenommen. Senden Sie das Bild als JPEG oder PNG.',
      archive:
        'Archive wie .zip-Dateien werden nicht angenommen. Hängen Sie die enthaltenen Dateien einzeln an.',
      macros:
        'Dokumente mit Makros werden nicht angenommen. Speichern Sie es als normales Dokument (.docx, .xlsx oder .pptx) und versuchen Sie es erneut.',
      encrypted:
        'Passwortgeschützte Dokumente werden nicht angenommen, weil wir ihren Inhalt nicht prüfen können. Entfernen Sie das Passwort und versuchen Sie es erneut.',
      markup:
        'Webseiten und SVG-Bilder werden nicht angenommen, weil sie Skripte enthalten können. Speichern Sie die Seite als PDF oder senden Sie stattdessen ein Bildschirmfoto.',
      unreadableImage:
        'Dieses Bild konnte nicht gelesen werden. Exportieren Sie es erneut als JPEG oder PNG und versuchen Sie es noch einmal.',
      imageTooLarge:
        'Dieses Bild hat zu viele Pixel für die Verarbeitung (mehr als 100 Megapixel). Verkleinern Sie es und versuchen Sie es erneut.',
      expandsTooMuch:
        'Dieses Dokument wird beim Entpacken um ein Vielfaches größer als die Datei selbst. Speichern Sie es neu oder senden Sie es als PDF.',
      unreadableDocument:
        'Dieses Dokument konnte nicht gelesen werden, es ist vielleicht beschädigt. Speichern Sie es neu oder senden Sie es als PDF.',
      file: '{{name}}: {{message}}',
    },
    anonymous: { missing: 'Wählen Sie aus, ob Sie Ihren Namen angeben möchten' },
    reporter: {
      name: 'Geben Sie Ihren Namen ein',
      nameTooLong: 'Ihr Name darf höchstens {{max, number}} Zeichen lang sein',
      contact: 'Geben Sie eine E-Mail-Adresse oder eine Telefonnummer ein',
      email: 'Geben Sie eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@example.com',
      phone: 'Geben Sie eine Telefonnummer ein, zum Beispiel 030 1234567 oder +49 30 1234567',
      news: 'Geben Sie eine E-Mail-Adresse ein, um Neuigkeiten per E-Mail zu erhalten, oder entfernen Sie das Häkchen',
    },
    receipt: {
      missing: 'Geben Sie Ihren Beleg ein',
      wrong:
        'Zu diesem Beleg wurde keine Meldung gefunden. Prüfen Sie jedes Zeichen und versuchen Sie es erneut.',
    },
    message: {
      missing: 'Geben Sie Ihre Nachricht ein',
      tooLong: 'Ihre Nachricht darf höchstens {{max, number}} Zeichen lang sein',
    },
    retaliation: {
      missing: 'Beschreiben Sie, was passiert ist',
      tooLong: 'Die Beschreibung darf höchstens {{max, number}} Zeichen lang sein',
    },
    closed:
      'Dieser Fall ist geschlossen und kann keine Nachrichten oder Dateien mehr erhalten. Er bleibt lesbar.',
    honeypot:
      'Das Formular konnte nicht gesendet werden, weil ein Feld ausgefüllt war, das leer bleiben muss. Das kann passieren, wenn ein Browser Formulare automatisch ausfüllt. Gehen Sie zurück und versuchen Sie es erneut.',
  },

  errorPages: {
    notFound: {
      title: 'Seite nicht gefunden',
      text: [
        'Wenn Sie die Adresse eingetippt haben, prüfen Sie, ob sie stimmt.',
        'Wenn Sie die Adresse eingefügt haben, prüfen Sie, ob Sie sie vollständig kopiert haben.',
      ],
    },
    badRequest: {
      title: 'Entschuldigung, mit dieser Seite gibt es ein Problem',
      text: [
        'Das Formular konnte nicht angenommen werden. Das passiert, wenn eine Seite sehr lange geöffnet war, von einer anderen Website aus geöffnet wurde oder der Browser keine Cookies dieser Website annimmt.',
        'Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut. Von diesem Versuch wurde nichts gespeichert.',
      ],
    },
    tooLarge: {
      title: 'Was Sie gesendet haben, ist zu groß',
      text: [
        'Eine Meldung kann höchstens 10 Dateien zu je 25 MB enthalten. Von diesem Versuch wurde nichts gespeichert.',
        'Gehen Sie zurück und senden Sie weniger oder kleinere Dateien.',
      ],
    },
    tooMany: {
      title: 'Zu viele Versuche',
      text: ['Von diesem Versuch wurde nichts gespeichert.'],
      retryMinutes_one: 'Versuchen Sie es in {{count}} Minute erneut.',
      retryMinutes_other: 'Versuchen Sie es in {{count}} Minuten erneut.',
      retryLater: 'Versuchen Sie es in einigen Minuten erneut.',
    },
    serverError: {
      title: 'Entschuldigung, beim Dienst ist ein Problem aufgetreten',
      text: [
        'Versuchen Sie es später erneut. Was Sie zuletzt gesendet haben, wurde nicht gespeichert.',
        'Antworten zu einer noch nicht abgesendeten Meldung werden bis eine Stunde nach Ihrer letzten Antwort aufbewahrt.',
      ],
    },
    unavailable: {
      title: 'Entschuldigung, der Dienst ist nicht verfügbar',
      text: [
        'Versuchen Sie es später erneut. Was Sie zuletzt gesendet haben, wurde nicht gespeichert.',
        'Antworten zu einer noch nicht abgesendeten Meldung werden bis eine Stunde nach Ihrer letzten Antwort aufbewahrt.',
      ],
    },
    home: 'Zur Startseite',
  },

  privacy: {
    title: 'Datenschutzhinweis',
    lead: 'Wie Candor mit dem umgeht, was Sie mitteilen. Candor wird von Qualys, Inc. betrieben, um Meldungen nach dem Verhaltenskodex (Code of Business Conduct and Ethics) entgegenzunehmen.',
    sections: {
      collect: {
        heading: 'Was Candor speichert',
        text: [
          'Was Sie in Ihrer Meldung und in späteren Nachrichten schreiben, und die Dateien, die Sie anhängen.',
          'Wenn Sie Ihren Namen angeben: Ihren Namen und die E-Mail-Adresse oder Telefonnummer, die Sie angeben. Wenn Sie es wünschen, dass Sie E-Mails bei Neuigkeiten erhalten möchten.',
          'Die Namen, Rollen und Kontaktdaten, die Sie zu anderen Beteiligten oder zu Zeugen angeben.',
          'Datum und Uhrzeit des Eingangs Ihrer Meldung und Ihrer Nachrichten sowie den Verlauf des Falls.',
        ],
      },
      notCollected: {
        heading: 'Was Candor nicht speichert',
        text: [
          'Keine IP-Adresse, keine Angaben zu Browser oder Gerät und keine Aufzeichnung, welche Seiten Sie besucht haben. Die technischen Protokolle des Servers enthalten nur die Uhrzeit, die Adresse der Seite ohne alles nach einem Fragezeichen und ob die Anfrage funktioniert hat.',
          'Keinerlei Tracking, Werbung oder Analyse. Die Seiten laden nichts von anderen Websites.',
          'Ihren Beleg selbst. Candor speichert nur einen Fingerabdruck davon (einen mit einem geheimen Schlüssel gebildeten Hash), der genügt, um Ihre Meldung bei der Anmeldung zu finden, aber nicht, um den Beleg erneut anzuzeigen. Deshalb kann ein verlorener Beleg nicht wiederhergestellt werden.',
        ],
      },
      cookies: {
        heading: 'Cookies',
        text: [
          'Candor verwendet nur die Cookies, die es zum Funktionieren braucht. Keines davon macht Sie erkennbar, keines dient dem Tracking, und keines hat ein Ablaufdatum: Ihr Browser löscht sie, wenn Sie ihn schließen.',
          '**Sprache**: die Sprache, die Sie gewählt haben, falls Sie eine gewählt haben.',
          '**Formularschutz**: ein Zufallswert, der belegt, dass ein Formular von dieser Website gesendet wurde und nicht von einer anderen.',
          '**Nicht abgesendete Meldung**: der Schlüssel zu Ihren Antworten, während Sie eine Meldung ausfüllen (siehe unten).',
          '**Sitzung zur Weiterverfolgung**: nach der Anmeldung mit Ihrem Beleg der Nachweis dafür, gültig für 15 Minuten.',
        ],
      },
      draft: {
        heading: 'Während Sie eine Meldung ausfüllen',
        text: [
          'Ihre Antworten und Dateien werden auf dem Server aufbewahrt, verschlüsselt mit einem Schlüssel, den nur Ihr Browser im Cookie „nicht abgesendete Meldung“ hat. Ohne diesen Schlüssel kann niemand sie lesen, auch nicht die Betreiber von Candor.',
          'Sie werden beim Absenden der Meldung gelöscht, andernfalls eine Stunde nach Ihrer letzten Antwort.',
        ],
      },
      protection: {
        heading: 'Wie Ihre Meldung geschützt ist',
        text: [
          'Meldungstexte, Namen, Kontaktdaten, Nachrichten und Dateien werden in der Datenbank verschlüsselt (AES-256-GCM, mit einem eigenen Schlüssel für jeden Fall).',
          'Aus Fotos und anderen Bildern werden vor dem Speichern Standort-, Kamera- und Urheberangaben entfernt. Andere Dateien werden so gespeichert, wie Sie sie senden, und können versteckte Angaben enthalten.',
          'Jedes Öffnen Ihres Falls und jede Änderung daran wird in einem Prüfprotokoll festgehalten, das nicht unbemerkt verändert werden kann.',
          'E-Mails enthalten nie den Inhalt einer Meldung.',
        ],
      },
      recipients: {
        heading: 'Wer Ihre Meldung sehen kann',
        text: [
          'Nur die Personen, die der Verhaltenskodex für Ihre Art von Anliegen vorsieht: der Prüfungsausschuss des Board of Directors bei Buchhaltung, internen Kontrollen oder Abschlussprüfung oder wenn der General Counsel oder jemand aus der Rechtsabteilung beteiligt ist; das Board of Directors, wenn ein Director oder Executive Officer beteiligt ist; sonst der General Counsel gemeinsam mit dem Chief Financial Officer. Sie können Ermittler benennen, die nur die ihnen zugewiesenen Fälle sehen.',
          'Wer in einer Meldung als beteiligt genannt wird, kann sie nicht sehen, erfährt nichts von ihr und kann ihr nicht zugewiesen werden.',
          'Die Personalabteilung und die Administratoren des Systems können keine Meldungen sehen.',
        ],
      },
      named: {
        heading: 'Wenn Sie Ihren Namen angeben',
        text: [
          'Ihr Name und Ihre Kontaktdaten sind vor den zuständigen Personen verborgen. Es werden angemessene Anstrengungen unternommen, Ihre Identität vertraulich zu halten, doch der Verhaltenskodex sagt, dass eine uneingeschränkte Garantie nicht möglich ist: Ihre Identität kann während einer Untersuchung erkennbar werden oder muss unter Umständen offengelegt werden, etwa in behördlichen Verfahren.',
          'Muss Ihre Identität den zuständigen Personen offengelegt werden, müssen diese einen schriftlichen Grund angeben, die Offenlegung wird festgehalten und der Vorsitz des Prüfungsausschusses informiert, und Sie erfahren es zuerst, mit dem Grund, auf Ihrer Seite zur Weiterverfolgung.',
          'Wenn Sie Ihren Namen angeben, sind Sie vor Repressalien geschützt, solange der Fall offen ist und {{months}} Monate nach seinem Abschluss.',
        ],
      },
      retention: {
        heading: 'Wie lange gespeichert wird',
        text: [
          'Ein Fall wird aufbewahrt, solange er offen ist, und {{years}} Jahre nach seinem Abschluss; länger nur, solange er einer rechtlichen Aufbewahrungspflicht (Legal Hold) unterliegt.',
          'Danach wird sein Inhalt gelöscht: Texte, Nachrichten, Dateien, Namen und Kontaktdaten sowie der Schlüssel des Falls, sodass keine Kopie mehr gelesen werden kann. Es bleibt ein Eintrag mit Aktenzeichen, Daten, Art des Anliegens, zuständiger Stelle und Ergebnis, ohne jeden Inhalt.',
          'Nach Abschluss eines Falls können Sie ihn mit Ihrem Beleg weiterhin lesen und noch {{days}} Tage lang schreiben.',
        ],
      },
      rights: {
        heading: 'Ihre Rechte',
        text: [
          'Nichts in diesem Verfahren hindert Sie daran, mögliche Gesetzesverstöße der US-Börsenaufsicht SEC oder einer anderen Behörde zu melden, und Sie müssen das Unternehmen darüber nicht informieren (SEC Rule 21F-17).',
          'Je nachdem, wo Sie leben, gibt Ihnen das Datenschutzrecht möglicherweise Rechte an Ihren personenbezogenen Daten, etwa auf Auskunft oder Berichtigung. Um sie geltend zu machen, senden Sie eine Nachricht über Ihre Seite zur Weiterverfolgung oder schreiben Sie an den General Counsel, Qualys, Inc., 919 East Hillsdale Boulevard, 4th Floor, Foster City, CA 94404, USA.',
        ],
      },
    },
  },

  accessibility: {
    title: 'Erklärung zur Barrierefreiheit',
    lead: 'Alle sollen ein Anliegen melden können. Diese Erklärung gilt für die Seiten von Candor für meldende Personen: die Startseite, das Meldeformular, den Beleg und die Seiten zur Weiterverfolgung.',
    sections: {
      standard: {
        heading: 'Wie barrierefrei diese Seiten sind',
        text: [
          'Die Seiten sollen die Richtlinien für barrierefreie Webinhalte (WCAG) 2.2 auf Stufe AA erfüllen.',
          'Sie funktionieren bei ausgeschaltetem JavaScript (sie verwenden keines), allein mit der Tastatur, mit Screenreadern, bei 400 % Vergrößerung und auf Bildschirmen mit 320 Pixeln Breite. Sie funktionieren im Tor Browser mit der Einstellung „Am sichersten“.',
          'Sie sind auf Englisch und Deutsch verfügbar; die Sprache wählen Sie oben auf jeder Seite.',
        ],
      },
      testing: {
        heading: 'Wie sie geprüft werden',
        text: [
          'Jede Seite und jede Fehlermeldung wird bei jeder Änderung der Software automatisch mit der Prüfsoftware axe gegen WCAG 2.0, 2.1 und 2.2 A und AA sowie mit einem HTML-Validator geprüft.',
          'Die ganze Meldung wird in einem echten Browser allein mit der Tastatur abgegeben, auf Englisch und auf Deutsch, in Desktopgröße und bei 320 Pixeln Breite.',
        ],
      },
      limitations: {
        heading: 'Bekannte Einschränkungen',
        text: [
          '**Zeitgrenzen.** Zu Ihrer Sicherheit werden Antworten zu einer nicht abgesendeten Meldung eine Stunde nach Ihrer letzten Antwort gelöscht, und eine Sitzung zur Weiterverfolgung endet 15 Minuten nach der Anmeldung. Diese Grenzen lassen sich nicht verlängern, weil sie Ihre Meldung schützen, wenn Sie ein Gerät unbeaufsichtigt lassen. Jede Seite weist darauf hin, und von einer Meldung geht nichts verloren, solange Sie nicht eine Stunde lang keine Antwort geben.',
          '**Dateien auf einer Seite mit Fehler.** Browser behalten ausgewählte Dateien nicht, wenn eine Seite erneut angezeigt wird. Nach einem Fehler auf der Dateiseite müssen Sie die Dateien daher erneut auswählen.',
        ],
      },
      contact: {
        heading: 'Wenn etwas für Sie nicht funktioniert',
        text: [
          'Sie können auch auf anderen Wegen melden, die der Verhaltenskodex nennt, zum Beispiel telefonisch beim General Counsel unter +1 650-801-6252 oder bei der Financial Concern Hotline unter +1 866-528-2457, oder per Brief an Qualys, Inc., 919 East Hillsdale Boulevard, 4th Floor, Foster City, CA 94404, USA.',
          'Um uns ein Problem mit der Barrierefreiheit mitzuteilen, schreiben Sie an den General Counsel unter derselben Adresse. Sie müssen Ihren Namen nicht angeben.',
        ],
      },
    },
  },

  email: {
    reporterNews: {
      news: 'Es gibt Neuigkeiten zu Ihrer Meldung.',
      signIn: 'Melden Sie sich mit Ihrem Beleg an, um sie zu lesen:',
      footer:
        'Diese Nachricht wurde von Candor gesendet. Sie enthält keine Angaben zum Fall: Melden Sie sich an, um sie zu lesen.',
    },
  },
} satisfies Catalogue;
