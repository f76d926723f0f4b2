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

  staffConsole: {
    layout: {
      serviceName: 'Candor',
      serviceTagline: 'Fallkonsole',
      skipLink: 'Zum Hauptinhalt springen',
      languages: 'Sprache',
      navLabel: 'Konsole',
      account: 'Ihr Konto',
      signedInAs: 'Angemeldet als {{name}} ({{role}})',
      signOut: 'Abmelden',
      footerLabel: 'Hilfreiche Links',
      footerNote:
        'Alles, was Sie hier öffnen oder ändern, wird im Prüfprotokoll festgehalten. Sitzungen enden nach 30 Minuten ohne Aktivität und 8 Stunden nach der Anmeldung.',
      errorTitlePrefix: 'Fehler: ',
    },
    nav: {
      queue: 'Fälle',
      retaliationChecks: 'Prüfung nachteiliger Maßnahmen',
      retaliationReviews: 'Repressalien-Prüfungen',
      boardReport: 'Bericht an den Vorstand',
      audit: 'Prüfprotokoll',
      admin: 'Verwaltung',
    },
    roles: {
      general_counsel: 'General Counsel',
      cfo: 'Finanzvorstand (CFO)',
      audit_committee: 'Prüfungsausschuss',
      board: 'Board of Directors',
      investigator: 'Ermittler/in',
      hr: 'Personalabteilung',
      admin: 'Administrator/in',
    },
    signIn: {
      title: 'Anmelden',
      lead: 'Für die Personen, die Meldungen nach dem Verhaltenskodex bearbeiten.',
      email: 'E-Mail-Adresse',
      password: 'Passwort',
      otp: 'Code aus Ihrer Authenticator-App',
      otpHint: 'Der 6-stellige Code, den Ihre Authenticator-App jetzt für Candor anzeigt.',
      submit: 'Anmelden',
      wrong:
        'E-Mail-Adresse, Passwort oder Code stimmen nicht. Prüfen Sie sie und versuchen Sie es erneut.',
      signedOut: 'Sie haben sich abgemeldet.',
      expired: 'Ihre Sitzung ist beendet. Melden Sie sich erneut an, um fortzufahren.',
      required: 'Melden Sie sich an, um fortzufahren.',
    },
    enrol: {
      title: 'Konto einrichten',
      lead: 'Willkommen, {{name}}. Wählen Sie ein Passwort und richten Sie Ihre Authenticator-App ein. Dieser Link funktioniert einmal und 24 Stunden lang.',
      passwordHeading: '1. Passwort wählen',
      password: 'Neues Passwort',
      passwordHint:
        'Mindestens 12 Zeichen. Einige zusammenhanglose Wörter sind stark und gut zu merken; Namen, Daten und gängige Passwörter werden abgelehnt.',
      confirm: 'Passwort noch einmal eingeben',
      continue: 'Weiter',
      totpHeading: '2. Authenticator-App einrichten',
      totpLead:
        'Scannen Sie diesen QR-Code mit einer Authenticator-App (zum Beispiel einer, die TOTP-Codes unterstützt). Wenn Sie ihn nicht scannen können, geben Sie den Schlüssel unten in die App ein.',
      qrLabel: 'QR-Code zum Scannen mit Ihrer Authenticator-App',
      secret: 'Schlüssel zur Eingabe in die App',
      code: 'Code aus Ihrer Authenticator-App',
      codeHint: 'Der 6-stellige Code, den die App jetzt für Candor anzeigt.',
      finish: 'Abschließen und anmelden',
      invalidTitle: 'Dieser Link kann nicht verwendet werden',
      invalidText: [
        'Der Link wurde schon verwendet, ist älter als 24 Stunden oder wurde durch einen neueren ersetzt.',
        'Bitten Sie eine Administratorin oder einen Administrator, Ihnen einen neuen Link zu senden.',
      ],
      errors: {
        passwordMissing: 'Geben Sie ein Passwort ein',
        passwordWeak: 'Wählen Sie ein stärkeres Passwort: {{reason}}',
        mismatch: 'Die beiden Passwörter sind nicht gleich',
        codeMissing: 'Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein',
        codeWrong:
          'Der Code stimmt nicht. Prüfen Sie die Uhrzeit auf Ihrem Telefon und geben Sie den neuesten Code ein.',
      },
    },
    queue: {
      title: 'Fälle',
      lead: 'Die Fälle, die Sie sehen dürfen, die dringendste Frist zuerst.',
      countsLabel: 'Fälle nach Status',
      countsAll: 'Alle offenen und geschlossenen',
      filters: 'Fälle filtern',
      search: 'Aktenzeichen oder Wörter aus dem Titel',
      status: 'Status',
      concernType: 'Art des Anliegens',
      route: 'Zugewiesen an',
      assignee: 'Bearbeitet von',
      anyStatus: 'Jeder Status',
      anyConcern: 'Jede Art',
      anyRoute: 'Jede Stelle',
      anyAssignee: 'Jede Person oder niemand',
      overdue: 'Nur überfällige',
      apply: 'Filter anwenden',
      clear: 'Filter zurücksetzen',
      caption: 'Fälle',
      captionFiltered_one: '{{count}} Fall auf dieser Seite entspricht den Filtern',
      captionFiltered_other: '{{count}} Fälle auf dieser Seite entsprechen den Filtern',
      columns: {
        reference: 'Aktenzeichen',
        title: 'Titel',
        received: 'Eingegangen',
        concernType: 'Art des Anliegens',
        route: 'Zugewiesen an',
        status: 'Status',
        deadline: 'Nächste Frist',
        assignees: 'Bearbeitet von',
        unread: 'Ungelesene Nachrichten',
      },
      none: 'Keine Fälle gefunden.',
      noneAssigned: 'Niemand',
      noDeadline: 'Keine',
      daysLeft_one: 'noch {{count}} Tag',
      daysLeft_other: 'noch {{count}} Tage',
      dueToday: 'Heute fällig',
      overdueBy_one: 'Seit {{count}} Tag überfällig',
      overdueBy_other: 'Seit {{count}} Tagen überfällig',
      deadlineKinds: {
        acknowledge: 'Eingangsbestätigung',
        feedback: 'Rückmeldung',
      },
      unread_one: '{{count}} ungelesen',
      unread_other: '{{count}} ungelesen',
      next: 'Nächste Seite',
      first: 'Erste Seite',
      pagination: 'Seiten',
      badFilter: 'Ein Filter wurde nicht verstanden. Wählen Sie eine der angebotenen Optionen.',
    },
    routes: {
      general_counsel: 'General Counsel',
      audit_committee: 'Prüfungsausschuss',
      board: 'Board',
    },
    errors: {
      notFound: {
        title: 'Seite nicht gefunden',
        text: [
          'Unter dieser Adresse gibt es keine Seite, oder Sie dürfen nicht sehen, was sie zeigt.',
          'Wenn Sie einem Link zu einem Fall gefolgt sind, wurde der Fall möglicherweise an eine andere Stelle weitergeleitet.',
        ],
      },
      home: 'Zur Konsole',
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

  staffRetaliation: {
    nav: 'Schutz vor Repressalien',
    checks: {
      title: 'Geplante Maßnahme gegen Beschäftigte prüfen',
      lead: 'Bevor Sie Beschäftigten kündigen, sie herabstufen, freistellen, ihr Gehalt kürzen, sie versetzen oder negativ beurteilen, prüfen Sie, ob sie geschützt sind. Die Antwort lautet „unbedenklich“ oder „Prüfung erforderlich“. Sie nennt nie einen Grund.',
      employeeHeading: 'Die beschäftigte Person',
      name: 'Vollständiger Name',
      email: 'Dienstliche E-Mail-Adresse',
      emailHint:
        'Geben Sie sie an, wenn Sie sie kennen: Ein Treffer über die E-Mail-Adresse ist sicherer als über den Namen.',
      employeeId: 'Personalnummer',
      action: 'Geplante Maßnahme',
      effectiveDate: 'Datum, an dem die Maßnahme wirksam würde',
      effectiveDateHint: 'Zum Beispiel 2027-03-01',
      submit: 'Prüfung durchführen',
      ownHeading: 'Ihre Prüfungen',
      ownNone: 'Sie haben noch keine Prüfungen durchgeführt.',
      ownShown: 'Ihre letzten {{count}} Prüfungen, die neueste zuerst.',
      submitted: 'Geprüft am',
      employee: 'Beschäftigte Person',
      result: 'Ergebnis',
      review: 'Prüfung durch die Rechtsabteilung',
      open: 'Öffnen',
    },
    actions: {
      termination: 'Kündigung',
      demotion: 'Herabstufung',
      suspension: 'Freistellung',
      pay_cut: 'Gehaltskürzung',
      transfer: 'Versetzung',
      negative_review: 'Negative Leistungsbeurteilung',
      other: 'Andere nachteilige Maßnahme',
    },
    results: {
      clear: 'Unbedenklich',
      review_required: 'Prüfung erforderlich',
    },
    reviewStatuses: {
      not_required: 'Nicht erforderlich',
      pending: 'Wartet auf Entscheidung',
      cleared: 'Freigegeben',
      blocked: 'Untersagt',
      escalated: 'Weitergeleitet',
    },
    result: {
      title: 'Ergebnis der Prüfung',
      clearLead: 'Sie können fortfahren: Dieser Maßnahme steht nichts entgegen.',
      reviewLead:
        'Ergreifen Sie diese Maßnahme noch nicht. Eine prüfende Person der Rechtsabteilung wurde gebeten, sie anzusehen, und entscheidet, ob sie erfolgen darf.',
      reviewNote:
        'Das heißt nicht, dass die Person geschützt ist: Manche Prüfungen gehen zufällig in die Prüfung, eine Prüfung sagt also nichts über irgendjemanden.',
      reviewStatus: 'Prüfung',
      checkId: 'Prüfnummer',
      another: 'Eine weitere Maßnahme prüfen',
    },
    reviews: {
      title: 'Prüfungen auf Repressalien',
      lead: 'Die Personalabteilung hat gefragt, ob diese nachteiligen Maßnahmen erfolgen dürfen. Entscheiden Sie jede mit einer Begründung. Die Personalabteilung sieht nur Ihre Entscheidung, nie einen Fall.',
      none: 'Für Sie liegen keine Prüfungen vor.',
      pendingHeading: 'Wartet auf Ihre Entscheidung',
      decidedHeading: 'Entschieden',
      employee: 'Beschäftigte Person',
      action: 'Maßnahme',
      effectiveDate: 'Wirksam ab',
      match: 'Warum sie hier ist',
      case: 'Fall',
      received: 'Angefragt am',
      status: 'Status',
      decide: 'Entscheiden',
      decidedBy: 'Entschieden am',
      reason: 'Begründung',
      matches: {
        strong: 'Entspricht einer geschützten Person nach E-Mail-Adresse oder Personalnummer',
        weak: 'Entspricht einer geschützten Person nur nach dem Namen',
        none: 'Zufällig ausgewählt: kein Treffer',
      },
      matchedCases_one: '{{count}} passender Fall',
      matchedCases_other: '{{count}} passende Fälle',
      noCaseShown: 'Für Sie nicht sichtbar',
    },
    decide: {
      title: 'Prüfung entscheiden',
      decision: 'Ihre Entscheidung',
      decisions: {
        cleared: 'Freigegeben: Die Maßnahme darf erfolgen',
        blocked: 'Untersagt: Die Maßnahme darf nicht erfolgen',
        escalated: 'Weitergeleitet: Der Prüfungsausschuss oder das Board muss entscheiden',
      },
      reason: 'Begründung',
      reasonHint: 'Höchstens {{max, number}} Zeichen. Die Personalabteilung sieht sie nicht.',
      submit: 'Entscheidung festhalten',
      decided: 'Ihre Entscheidung wurde festgehalten: {{decision}}.',
    },
    errors: {
      name: 'Geben Sie den vollständigen Namen der Person ein',
      nameTooLong: 'Der Name darf höchstens {{max, number}} Zeichen lang sein',
      email: 'Geben Sie eine E-Mail-Adresse im richtigen Format ein, etwa name@example.com',
      employeeIdTooLong: 'Die Personalnummer darf höchstens {{max, number}} Zeichen lang sein',
      action: 'Wählen Sie die geplante Maßnahme',
      effectiveDate: 'Geben Sie das Datum als Jahr-Monat-Tag ein, zum Beispiel 2027-03-01',
      decision: 'Wählen Sie freigegeben, untersagt oder weitergeleitet',
      reason: 'Begründen Sie Ihre Entscheidung',
      reasonTooLong: 'Die Begründung darf höchstens {{max, number}} Zeichen lang sein',
      alreadyDecided: 'Diese Prüfung wurde bereits entschieden',
    },
  },

  staffBoard: {
    nav: 'Bericht an das Board',
    title: 'Bericht an das Board',
    lead: 'Fälle, die in einem Kalendermonat, -quartal oder -jahr eingegangen sind, mit den Fristen der EU-Whistleblower-Richtlinie. Anzahlen von 1 oder 2 und die weiteren Zahlen, die zu ihrem Schutz nötig sind, lauten „unterdrückt“.',
    picker: {
      legend: 'Zeitraum',
      year: 'Jahr',
      part: 'Monat oder Quartal',
      wholeYear: 'Das ganze Jahr',
      quarter: '{{number}}. Quartal',
      show: 'Bericht anzeigen',
    },
    periodTitle: 'Bericht für {{period}}',
    periods: {
      year: '{{year}}',
      quarter: 'Q{{number}} {{year}}',
    },
    download: 'Als CSV herunterladen',
    print:
      'Zum Drucken verwenden Sie den Druckbefehl Ihres Browsers: Der Bericht wird ohne die Menüs gedruckt.',
    recusedNote: 'Fälle, von denen Sie ausgeschlossen sind, werden in Ihrem Bericht nicht gezählt.',
    generated: 'Erstellt am {{time}}.',
    totals: 'Eingegangene Fälle',
    suppressed: 'unterdrückt',
    noValue: 'noch keine',
    headings: {
      concern: 'Art des Anliegens',
      route: 'Zuständigkeit',
      status: 'Status',
      finding: 'Ergebnis',
      cases: 'Fälle',
      measure: 'Kennzahl',
      median: 'Median (Tage)',
      p90: '90. Perzentil (Tage)',
      timing: 'Zeit ab Eingang',
      kind: 'Art',
      actions: 'Maßnahmen',
      overdue: 'Überfällig',
      days: 'Tage',
    },
    routes: {
      general_counsel: 'General Counsel',
      audit_committee: 'Prüfungsausschuss',
      board: 'Board of Directors',
    },
    charts: {
      concern: 'Fälle nach Art des Anliegens',
      route: 'Fälle nach Zuständigkeit',
      status: 'Fälle nach Status',
      acknowledge: 'Zeit bis zur Eingangsbestätigung, gemessen an der 7-Tage-Frist',
      close: 'Zeit bis zum Abschluss, gemessen an der 3-Monats-Frist',
      countSummary:
        '{{total}} Fälle sind im Zeitraum {{period}} eingegangen. {{shown}} von {{categories}} Zahlen werden gezeigt; {{withheld}} sind unterdrückt.',
      timingSummary:
        'Median und 90. Perzentil der Tage ab Eingang, über {{cases}} Fälle, gemessen an der Frist von {{clock}}.',
      timingWithheld:
        'Zurückgehalten: zu wenige Fälle, um eine Dauer zu zeigen, ohne sie erkennbar zu machen.',
      median: 'Median',
      p90: '90. Perzentil',
      sevenDays: '7 Tage',
      threeMonths: '3 Monate',
    },
    tables: {
      findings: 'Ergebnisse',
      timings: 'Dauern',
      overdue: 'Derzeit überfällig',
      overdueTotal: 'Alle Zuständigkeiten',
      actions: 'Ergriffene Maßnahmen',
    },
    timings: {
      toAcknowledge: 'Bis zur Eingangsbestätigung',
      toFeedback: 'Bis zur ersten Rückmeldung',
      toClose: 'Bis zum Abschluss',
    },
    findings: {
      substantiated: 'Bestätigt',
      partially_substantiated: 'Teilweise bestätigt',
      unsubstantiated: 'Nicht bestätigt',
      insufficient_information: 'Unzureichende Informationen',
      none: 'Noch kein Ergebnis',
    },
    actionKinds: {
      disciplinary: 'Disziplinarisch',
      corrective: 'Korrigierend',
      interim: 'Vorläufig',
    },
    measures: {
      oral_reprimand: 'Mündliche Rüge',
      written_reprimand: 'Schriftliche Abmahnung',
      suspension_with_pay: 'Freistellung mit Bezügen',
      suspension_without_pay: 'Freistellung ohne Bezüge',
      termination: 'Kündigung',
      control_fix: 'Kontrolle behoben',
      training: 'Schulung',
      process_change: 'Prozess geändert',
      suspension_pending_investigation: 'Freistellung während der Untersuchung',
      other: 'Sonstiges',
    },
    errors: {
      period:
        'Wählen Sie ein Jahr und ein Quartal oder einen Monat zwischen {{first}} und {{last}}',
    },
  },

  staffAudit: {
    nav: 'Prüfprotokoll',
    title: 'Prüfprotokoll',
    lead: 'Jede Änderung an einem Fall und jedes Lesen seines Inhalts wird in ein Protokoll geschrieben, an das nur angefügt werden kann; jeder Eintrag ist mit dem Hash des vorigen versiegelt. Die Verifizierung durchläuft die ganze Kette.',
    verify: 'Kette verifizieren',
    verifyHint:
      'Dabei wird jeder Eintrag des Protokolls gelesen; bei einem langen Protokoll kann das dauern.',
    resultHeading: 'Verifizierung',
    valid: 'Die Kette ist gültig',
    validLead:
      'Jeder Eintrag folgt aus dem vorigen, und der letzte stimmt mit dem festgehaltenen Kopf überein.',
    invalid: 'Die Kette ist unterbrochen',
    invalidLead:
      'Das Protokoll wurde außerhalb von Candor verändert. Bewahren Sie diese Seite auf und informieren Sie sofort den Prüfungsausschuss.',
    entries: 'Einträge',
    headHash: 'Hash des Kopfes',
    breaksAt: 'Erster fehlerhafter Eintrag',
    reason: 'Was nicht stimmt',
    reasons: {
      sequence_gap: 'Ein Eintrag fehlt: Die Nummerierung hat eine Lücke',
      prev_hash_mismatch: 'Der Eintrag folgt nicht aus dem vorigen',
      hash_mismatch: 'Der Eintrag wurde nach dem Schreiben verändert',
      head_mismatch: 'Am Ende des Protokolls wurden Einträge entfernt oder hinzugefügt',
    },
    checkedAt: 'Verifiziert am {{time}}.',
    statementHeading: 'Erklärung für die Vorsitzende oder den Vorsitzenden des Prüfungsausschusses',
    statementLead:
      'Bewahren Sie diese Erklärung außerhalb von Candor auf (ausgedruckt oder bei den Protokollen des Ausschusses). Ein späterer Vergleich mit dem Protokoll zeigt, ob Einträge am Ende entfernt oder das Protokoll neu geschrieben wurde.',
    statementDownload: 'Erklärung als Text herunterladen',
  },

  staffAdmin: {
    nav: 'Verwaltung',
    sections: {
      staff: 'Konten der Mitarbeitenden',
      routing: 'Zuständigkeitsregeln',
      notifications: 'Fehlgeschlagene Benachrichtigungen',
    },
    staff: {
      title: 'Konten der Mitarbeitenden',
      lead: 'Personen, die sich bei Candor anmelden können. Neue Konten richtet die Inhaberin oder der Inhaber über einen per E-Mail gesendeten Link selbst ein: Sie sehen nie ein Passwort oder einen zweiten Faktor.',
      create: 'Konto anlegen',
      name: 'Name',
      email: 'E-Mail',
      role: 'Rolle',
      status: 'Status',
      notifications: 'Benachrichtigungen',
      open: 'Verwalten',
      chair: 'Vorsitz',
    },
    statuses: {
      active: 'Aktiv',
      enrolment_pending: 'Wartet auf Einrichtung',
      disabled: 'Deaktiviert',
    },
    roles: {
      general_counsel: 'General Counsel',
      cfo: 'Finanzvorstand (CFO)',
      audit_committee: 'Prüfungsausschuss',
      board: 'Board of Directors',
      investigator: 'Ermittlerin oder Ermittler',
      hr: 'Personalabteilung',
      admin: 'Administration',
    },
    modes: {
      immediate: 'Sofort',
      daily_digest: 'Einmal täglich (Zusammenfassung)',
    },
    create: {
      title: 'Konto für Mitarbeitende anlegen',
      name: 'Vollständiger Name',
      email: 'E-Mail-Adresse',
      emailHint:
        'Der Einrichtungslink wird hierhin gesendet. Er funktioniert einmal, 24 Stunden lang.',
      role: 'Rolle',
      chair: 'Vorsitz',
      chairLabel: 'Diese Person hat den Vorsitz des Prüfungsausschusses',
      chairHint: 'Der Vorsitz erhält die tägliche Erklärung zum Prüfprotokoll.',
      submit: 'Konto anlegen und Link senden',
    },
    account: {
      title: '{{name}}',
      created:
        'Das Konto wurde angelegt. Ein Einrichtungslink wurde an {{email}} gesendet; er funktioniert bis {{time}}.',
      disabledDone: 'Das Konto wurde deaktiviert. Seine Sitzungen sind beendet.',
      enabledDone: 'Das Konto wurde wieder aktiviert.',
      resetDone:
        'Der zweite Faktor wurde entfernt und die Sitzungen beendet. Ein Link zur Einrichtung eines neuen wurde gesendet; er funktioniert bis {{time}}.',
      modeDone: 'Benachrichtigungen werden jetzt so gesendet: {{mode}}.',
      enrolmentPending: 'Einrichtungslink gesendet, gültig bis {{time}}',
      enrolmentExpired: 'Der Einrichtungslink ist am {{time}} abgelaufen',
      createdOn: 'Angelegt am',
      disableHeading: 'Konto deaktivieren',
      disableText:
        'Ein deaktiviertes Konto kann sich nicht anmelden, und alle seine Sitzungen enden sofort. Sein Verlauf bleibt erhalten.',
      disable: 'Konto deaktivieren',
      enableHeading: 'Konto aktivieren',
      enable: 'Konto aktivieren',
      resetHeading: 'Zweiten Faktor zurücksetzen',
      resetText:
        'Bei verlorenem oder ersetztem Telefon: Der Authenticator wird entfernt, Sitzungen enden, und die Person erhält eine E-Mail, um einen neuen einzurichten.',
      reset: 'Zweiten Faktor zurücksetzen',
      modeHeading: 'Benachrichtigungen',
      modeLegend: 'Benachrichtigungen für diese Person senden',
      saveMode: 'Speichern',
    },
    routing: {
      title: 'Geltende Zuständigkeitsregeln',
      lead: 'Jede Meldung wird nach der ersten passenden Regel zugeordnet. Die Regeln sind ein geprüftes Dokument, das mit jeder Version ausgeliefert wird; jeder Fall hält fest, welche Version ihn zugeordnet hat.',
      version: 'Version',
      effectiveFrom: 'Gültig ab',
      rulesHeading: 'Regeln, in ihrer Reihenfolge',
      order: 'Reihenfolge',
      rule: 'Regel',
      when: 'Wenn',
      routeTo: 'Geht an',
      explanation: 'Warum',
      implicated: 'eine beteiligte Person ist: {{roles}}',
      concern: 'das Anliegen ist: {{types}}',
      related: 'es meldet Repressalien zu einem Fall, zuständig: {{routes}}',
      and: ' und ',
      fallbackHeading: 'Wenn keine Regel passt',
      typesHeading: 'Arten von Anliegen',
      type: 'Art des Anliegens',
      section: 'Abschnitt des Verhaltenskodex',
      defaultRoute: 'Geht an, wenn niemand beteiligt ist',
    },
    notifications: {
      title: 'Fehlgeschlagene Benachrichtigungen',
      lead: 'E-Mails, die nach allen Wiederholungen nicht gesendet werden konnten. Sie enthalten keine Fallinhalte. Ein erneuter Versuch stellt sie mit zurückgesetzten Versuchen wieder in die Warteschlange; eine bereits gesendete E-Mail geht nicht zweimal hinaus.',
      none: 'Keine Benachrichtigung ist fehlgeschlagen.',
      unavailable:
        'Die Warteschlange für Benachrichtigungen ist gerade nicht erreichbar. Versuchen Sie es gleich noch einmal.',
      failedAt: 'Fehlgeschlagen am',
      event: 'Ereignis',
      job: 'Auftrag',
      reason: 'Grund',
      attempts: 'Versuche',
      retry: 'Erneut versuchen',
      retryAll: 'Alle erneut versuchen',
      retried_one: '{{count}} Benachrichtigung wurde wieder in die Warteschlange gestellt.',
      retried_other: '{{count}} Benachrichtigungen wurden wieder in die Warteschlange gestellt.',
      gone: 'Diese Benachrichtigung steht nicht mehr in der Liste der fehlgeschlagenen.',
    },
    errors: {
      name: 'Geben Sie den vollständigen Namen der Person ein',
      nameTooLong: 'Der Name darf höchstens 200 Zeichen lang sein',
      email: 'Geben Sie eine E-Mail-Adresse im richtigen Format ein, etwa name@example.com',
      emailTaken: 'Es gibt bereits ein Konto mit dieser E-Mail-Adresse',
      role: 'Wählen Sie eine Rolle',
      ownAccount:
        'Sie können Ihr eigenes Konto nicht deaktivieren: Bitten Sie eine andere Administratorin oder einen anderen Administrator',
      mode: 'Wählen Sie, wie Benachrichtigungen gesendet werden',
    },
  },
} satisfies Catalogue;
