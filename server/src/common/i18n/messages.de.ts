import { recordsDe } from './records.de';
import type { Catalogue } from './messages.en';

/** The server's messages in German, the default language (same keys as messages.en.ts). */
export const de: Catalogue = {
  records: recordsDe,
  time: {
    seconds_one: '{{count}} Sekunde',
    seconds_other: '{{count}} Sekunden',
    minutes_one: '{{count}} Minute',
    minutes_other: '{{count}} Minuten',
  },
  search: {
    tooLong: 'Der Suchtext darf höchstens {{max}} Zeichen lang sein, er hat {{length}}',
  },
  limits: {
    depth:
      'Die Abfrage ist {{depth}} Ebenen tief, erlaubt sind höchstens {{max}} Ebenen verschachtelter Felder; fragen Sie weniger verschachtelte Daten ab oder teilen Sie die Abfrage auf',
    complexity:
      'Die Abfrage ist zu umfangreich: {{complexity}} Felder, erlaubt sind höchstens {{max}}; fragen Sie weniger Felder ab oder teilen Sie die Abfrage auf',
    selections:
      'Die Abfrage ist zu umfangreich: mehr als {{selections}} Auswahlen (jede Verwendung eines Fragments zählt), erlaubt sind höchstens {{max}} Felder; fragen Sie weniger Felder ab oder teilen Sie die Abfrage auf',
    subscriptionComplexity:
      'Das Abonnement ist zu umfangreich: {{complexity}} Felder, erlaubt sind höchstens {{max}}; fragen Sie weniger Felder ab',
    subscriptionSelections:
      'Das Abonnement ist zu umfangreich: mehr als {{selections}} Auswahlen, erlaubt sind höchstens {{max}} Felder',
    tokens:
      'Die Abfrage ist zu lang: erlaubt sind höchstens {{max}} Token (Namen, Werte, Satzzeichen); fragen Sie weniger Felder ab oder teilen Sie die Abfrage auf',
    nestedTooDeeply:
      'Die Abfrage ist zu tief verschachtelt, um gelesen zu werden; erlaubt sind höchstens {{max}} Ebenen verschachtelter Felder',
    validationAborted:
      'Die Abfrage wiederholt zu viele Felder oder Fragmente, um geprüft zu werden; fragen Sie weniger Felder ab oder teilen Sie die Abfrage auf',
  },
  http: {
    bodyTooLarge: 'Der Inhalt der Anfrage ist zu groß: erlaubt sind höchstens {{max}}',
    bodyNotJson: 'Der Inhalt der Anfrage ist kein gültiges JSON',
    bodyUnreadable: 'Der Inhalt der Anfrage kann nicht gelesen werden',
    noCalendar:
      'Unter dieser Adresse gibt es keinen Kalender. Kopieren Sie die aktuelle Feed-Adresse von der Seite des Gremiums im Portal.',
    exportForbidden:
      'Zum Herunterladen dieses Exports brauchen Sie die Berechtigung FINANCE_READ in dieser Partnerschaft.',
    statementExportForbidden:
      'Diesen Kontoauszug dürfen Sie nur mit der Berechtigung FINANCE_READ oder als Vertretung dieser Organisation exportieren.',
    noExport:
      'Unter dieser Adresse gibt es keinen Export. Exporte gibt es für Journal (ledger), Kontoauszug (statement), Vereinbarungen (agreements) und Rechnungen (invoices), als .csv oder .xlsx.',
    exportSignIn: 'Melden Sie sich an, um Exporte herunterzuladen.',
    exportNoPartnership: 'Es gibt keine Partnerschaft „{{slug}}“.',
    exportOrganisationId:
      'organisationId muss die Kennung (UUID) der Organisation sein, deren Kontoauszug exportiert werden soll.',
    exportYearRequired: 'Für einen Kontoauszug ist year nötig, z. B. ?year=2027.',
    exportYearRange: 'year muss ein Jahr zwischen 1900 und 2200 sein, erhalten: {{year}}.',
  },
  auth: {
    wrongPassword: 'E-Mail-Adresse oder Passwort ist falsch',
    tooManySignIns: {
      address: 'Zu viele fehlgeschlagene Anmeldungen von dieser Adresse: Versuchen Sie es in {{wait}} erneut',
      account:
        'Zu viele fehlgeschlagene Anmeldungen für dieses Konto von dieser Adresse: Versuchen Sie es in {{wait}} erneut (jeder weitere Fehlversuch verdoppelt die Wartezeit, bis zu 15 Minuten; andere Adressen sind nicht betroffen)',
    },
    tooManyAttempts: {
      account: 'Zu viele Versuche für dieses Konto: Versuchen Sie es in {{wait}} erneut',
      address: 'Zu viele Versuche von dieser Adresse: Versuchen Sie es in {{wait}} erneut',
    },
    resetLinkInvalid:
      'Dieser Link zum Zurücksetzen ist unbekannt, schon benutzt oder abgelaufen: Fordern Sie einen neuen an',
  },
  access: {
    signIn: 'Melden Sie sich an, um das zu tun',
    signInToRead: 'Melden Sie sich an, um die Unterlagen dieser Partnerschaft zu sehen',
    needReadPermission: 'Um das zu sehen, brauchen Sie in dieser Partnerschaft die Berechtigung {{permission}}',
    platformOnly: 'Das dürfen nur Plattform-Admins ({{permission}})',
    needPermissionAnywhere: 'Dafür brauchen Sie in einer Partnerschaft die Berechtigung {{permission}}',
    needPermissionHere: 'Dafür brauchen Sie in dieser Partnerschaft die Berechtigung {{permission}}',
  },
  invitation: {
    unknownLink: 'Dieser Einladungslink ist unbekannt: Prüfen Sie, ob er vollständig kopiert wurde',
    alreadyUsed: 'Diese Einladung wurde schon angenommen: Melden Sie sich stattdessen an',
    withdrawn: 'Diese Einladung wurde zurückgezogen: Bitten Sie das Community-Management um eine neue',
    expired: 'Diese Einladung ist am {{date, date}} abgelaufen: Bitten Sie das Community-Management um eine neue',
    accountExists:
      'Für {{email}} gibt es schon ein Konto: Melden Sie sich damit an und nehmen Sie dann die Einladung an',
    otherAccount: 'Diese Einladung gilt für {{email}}; Sie sind als {{signedInAs}} angemeldet',
  },
  fund: {
    receivedOnYear:
      'Das Eingangsdatum muss im Jahr liegen, für das der Beitrag zählt ({{year}}), angegeben: {{receivedOn}}',
    purposeUnknown: 'Diese Partnerschaft hat keine Zweckbindung mit dieser ID',
    purposeArchivedContribution: 'Die Zweckbindung „{{purpose}}“ ist archiviert und nimmt keine neuen Beiträge an',
    purposeArchivedAllocation: 'Die Zweckbindung „{{purpose}}“ ist archiviert und nimmt keine neuen Zuweisungen an',
    writtenProcedureNeeds:
      'Ein Umlaufverfahren braucht Gremien (committeeIds) und eine Frist; oder geben Sie eine Sitzung (sessionId) an, um in einer Sitzung zu entscheiden',
    requestUnknown: 'Diese Partnerschaft hat keine Anfrage mit dieser ID',
    requestMerged: '#{{number}} wurde mit einer anderen Anfrage zusammengeführt; weisen Sie dieser zu',
    requestFinanced: '#{{number}} ist schon finanziert',
    notEnoughAvailable:
      'Die Zweckbindung „{{purpose}}“ und der allgemeine Fonds können noch {{available, currency(currency: EUR)}} geben (nach den noch offenen Vorschlägen), angefragt: {{amount, currency(currency: EUR)}}',
    positiveAmount: 'Der Betrag muss eine positive Zahl von Cent sein, angegeben: {{amount}}',
    belowMinimum:
      'Der erste Beitrag für {{year}} muss mindestens den Mindestbeitrag von {{minimum, currency(currency: EUR)}} erreichen, angegeben: {{amount, currency(currency: EUR)}}',
  },
  workflow: {
    refused: 'Dieser Schritt ist jetzt nicht möglich: {{reasons}}',
    subject: {
      SUBMITTED: 'Eine erneute Einreichung',
      SURVEY: 'Eine Interessensabfrage',
      ASSESSMENT: 'Die Bewertung',
      DECISION: 'Eine Entscheidung',
      ACCEPTED: 'Die Annahme',
      FINANCING: 'Die Finanzierung',
      DEVELOPMENT: 'Die Entwicklung',
      TESTING: 'Der Test',
      RELEASED: 'Eine Veröffentlichung',
      REJECTED: 'Die Ablehnung',
      DEVELOPED_OUTSIDE: 'Die Entwicklung außerhalb',
      WITHDRAWN: 'Der Rückzug',
    },
    actor: {
      SUBMITTER: 'Einreichende Stelle',
      REPRESENTATIVE: 'Vertretung',
      COMMUNITY_MANAGER: 'Community-Management',
      PRODUCT_OWNER: 'Product Owner',
      TREASURER: 'Kassenführung',
      ADMIN: 'Admin',
      SYSTEM: 'System',
    },
    actorWithArticle: {
      SUBMITTER: 'die einreichende Stelle',
      REPRESENTATIVE: 'eine Vertretung',
      COMMUNITY_MANAGER: 'das Community-Management',
      PRODUCT_OWNER: 'der Product Owner',
      TREASURER: 'die Kassenführung',
      ADMIN: 'ein Admin',
      SYSTEM: 'das System (wenn eine Abfrage oder Abstimmung endet)',
    },
    unknownCurrentStage:
      'Die Anfrage steht in der Phase {{stage}}, die dieser Ablauf nicht hat; seine Phasen sind {{stages}}',
    unknownTarget: 'Dieser Ablauf hat keine Phase {{stage}}; seine Phasen sind {{stages}}',
    stageWithKey: '{{label}} ({{key}})',
    noMove: '{{what}}; {{allowed}}',
    alreadyIn: 'Die Anfrage steht schon in {{stage}}',
    noTransition: 'Kein Übergang von {{from}} nach {{to}}',
    finalStage: '{{stage}} ist eine Endphase',
    allowedFrom: 'möglich von {{from}}: {{targets}}',
    onlyActors: 'Nur {{who}} darf eine Anfrage von {{from}} nach {{to}} verschieben; {{you}}',
    youHoldNoRole: 'Sie haben keine Rolle in dieser Partnerschaft',
    youActAs: 'Sie handeln als {{actors}}',
    decision: {
      none: 'bisher wurde nicht abgestimmt',
      open: 'die Abstimmung ist noch nicht beendet',
      vote: 'die Abstimmung {{result}}',
      voteOn: 'die Abstimmung am {{date, date}} {{result}}',
      ACCEPTED: 'wurde angenommen',
      REJECTED: 'wurde abgelehnt',
      VETOED: 'wurde durch ein Veto gestoppt',
      NO_QUORUM: 'war nicht beschlussfähig',
    },
    guard: {
      surveyDeadlineNone: 'Eine Interessensabfrage braucht eine Frist in der Zukunft; es ist keine gesetzt',
      surveyDeadlinePassed:
        'Eine Interessensabfrage braucht eine Frist in der Zukunft; die Frist {{date, date}} ist verstrichen',
      surveyOpenNoDeadline:
        'Die Interessensabfrage ist noch nicht beendet; sie hat keine Frist und endet daher nur von Hand',
      surveyOpenUntil: 'Die Interessensabfrage ist noch nicht beendet; sie läuft bis {{date, date}}',
      interest:
        '{{subject}} braucht das Interesse mindestens eines weiteren Mitglieds außer der einreichenden Stelle; bisher hat niemand Interesse bekundet',
      assessed: '{{subject}} braucht eine Bewertung durch den Product Owner; bisher ist keine erfasst',
      estimated: '{{subject}} braucht eine Schätzung oder ein Angebot; bisher ist keines erfasst',
      decisionAccepted: '{{subject}} braucht eine angenommene Entscheidung; {{decision}}',
      decisionNotAccepted: '{{subject}} braucht eine Entscheidung, die nicht angenommen wurde; {{decision}}',
      financed: '{{subject}} braucht eine abgeschlossene Finanzierung: noch sind nicht alle Verträge unterschrieben',
      releaseBothMissing: 'Eine Veröffentlichung braucht eine Version und einen Changelog-Eintrag; beides fehlt',
      releaseVersionMissing:
        'Eine Veröffentlichung braucht eine Version und einen Changelog-Eintrag; die Version fehlt',
      releaseChangelogMissing:
        'Eine Veröffentlichung braucht eine Version und einen Changelog-Eintrag; der Changelog-Eintrag fehlt',
    },
  },
  partnership: {
    notFoundBySlug: 'Keine Partnerschaft mit der Kurzbezeichnung „{{slug}}“',
    noRoleNotPublic: 'Sie haben keine Rolle in der Partnerschaft „{{slug}}“, und ihre Seiten sind nicht öffentlich',
    signInNotPublic: 'Melden Sie sich an, um die Partnerschaft „{{slug}}“ zu sehen; ihre Seiten sind nicht öffentlich',
    slugTaken: 'Die Kurzbezeichnung „{{slug}}“ nutzt schon {{name}}; wählen Sie eine andere',
    slugTakenField: 'schon von {{name}} genutzt',
  },
  committee: {
    notFound: 'Kein Gremium mit der ID {{id}}',
    seatNotFound: 'Kein Sitz mit der ID {{id}}',
    seatEnded: 'Dieser Sitz endete schon am {{date, date}}',
    nameTaken: 'Die Partnerschaft hat schon ein Gremium namens „{{name}}“; wählen Sie einen anderen Namen',
    nameTakenField: 'in dieser Partnerschaft schon vergeben',
    communityCallNeverVotes:
      'Ein Community-Call stimmt nie ab; wählen Sie für ein abstimmendes Gremium eine andere Art',
    sessionNotFound: 'Keine Sitzung mit der ID {{id}}',
    votesStillOpen_one: '{{count}} Abstimmung dieser Sitzung ist noch offen; schließen Sie sie zuerst',
    votesStillOpen_other: '{{count}} Abstimmungen dieser Sitzung sind noch offen; schließen Sie sie zuerst',
    agendaItemNotFound: 'Kein Tagesordnungspunkt mit der ID {{id}}',
    votedItemStays:
      'Ein Punkt, über den abgestimmt wurde, bleibt auf der Tagesordnung; seinen Titel können Sie noch ändern',
    minutesApproved: 'Dieses Protokoll wurde genehmigt und kann sich nicht mehr ändern',
  },
  vote: {
    notFound: 'Keine Abstimmung mit der ID {{id}}',
    notOpenForBallots: 'Diese Abstimmung ist {{status}}; Stimmen werden nur angenommen, solange sie offen ist',
    deadlinePassed: 'Die Frist dieser Abstimmung ist verstrichen; es werden keine Stimmen mehr angenommen',
    notEntitled: 'Dieses Mitglied ist hier nicht stimmberechtigt (kein Stimmsitz, als die Abstimmung begann)',
    onlyRepresentative:
      'Nur die Vertretung dieses Mitglieds oder des Mitglieds, das seine Vollmacht hält, darf seine Stimme abgeben',
    notPresent:
      'Dieses Mitglied war bei Beginn der Abstimmung weder anwesend noch durch Vollmacht vertreten und kann in dieser Sitzung nicht abstimmen',
    secretAlreadyCast: 'Dieses Mitglied hat schon abgestimmt; eine geheime Stimme kann nicht geändert werden',
    noChange: 'Dieses Mitglied hat schon abgestimmt, und diese Abstimmung erlaubt keine Änderung der Stimme',
    alreadyClosed: 'Diese Abstimmung ist schon {{status}}',
    noSessionForItem: 'Keine Sitzung zum Tagesordnungspunkt {{id}}',
    sessionNotInProgress:
      'Abstimmungen beginnen nur, während die Sitzung läuft; sie ist {{status}}. Beginnen Sie zuerst die Sitzung.',
    alreadyOpen: 'Zu diesem Punkt läuft schon eine Abstimmung („{{title}}“); schließen Sie sie zuerst',
    nobodyPresent: 'Niemand mit Stimmrecht ist als anwesend erfasst; erfassen Sie zuerst die Anwesenheit',
    noVotingSeats: '{{committee}} hat keine Stimmsitze; geben Sie seinen Mitgliedern zuerst Stimmsitze',
    jointAlreadyVoted: '{{committee}} hat über diese gemeinsame Entscheidung schon abgestimmt',
    status: { OPEN: 'offen', CLOSED: 'geschlossen', CANCELLED: 'abgebrochen' },
    sessionStatus: { PLANNED: 'geplant', IN_PROGRESS: 'laufend', CLOSED: 'geschlossen', CANCELLED: 'abgesagt' },
  },
  input: {
    arrayMaxSize_one: '{{field}} nimmt höchstens einen Eintrag',
    arrayMaxSize_other: '{{field}} nimmt höchstens {{count}} Einträge',
    arrayMinSize_one: '{{field}} braucht mindestens einen Eintrag',
    arrayMinSize_other: '{{field}} braucht mindestens {{count}} Einträge',
    isArray: '{{field}} muss eine Liste sein',
    isBoolean: '{{field}} muss wahr oder falsch sein (true oder false)',
    isDate: '{{field}} muss ein Datum mit Uhrzeit sein, z. B. 2027-03-12T18:00:00Z',
    isEmail: '{{field}} muss eine E-Mail-Adresse sein, angegeben: „{{value}}“',
    isEnum: '{{field}} muss einer dieser Werte sein: {{allowed}}; angegeben: „{{value}}“',
    isIso8601: '{{field}} muss ein Datum JJJJ-MM-TT sein, angegeben: „{{value}}“',
    isUuid: '{{field}} muss eine ID (UUID) sein, wie die API sie liefert; angegeben: „{{value}}“',
    isUrl: '{{field}} muss ein Link sein, der mit {{protocols}} beginnt; angegeben: „{{value}}“',
    isInt: '{{field}} muss eine ganze Zahl sein, angegeben: {{value}}',
    isNotEmpty: '{{field}} darf nicht leer sein',
    isString: '{{field}} muss ein Text sein',
    isObject: '{{field}} muss ein Objekt mit den Feldern sein, die die API beschreibt',
    nestedValidation: '{{field}} muss ein Objekt mit den Feldern sein, die die API beschreibt',
    unknownValue: 'Die Eingabe muss ein Objekt mit den Feldern sein, die die API beschreibt',
    whitelistValidation: '{{field}} ist kein Feld dieser Eingabe; lassen Sie es weg',
    matches: '{{field}} muss {{form}} sein, angegeben: „{{value}}“',
    max: '{{field}} darf höchstens {{max}} sein, angegeben: {{value}}',
    min: '{{field}} muss mindestens {{min}} sein, angegeben: {{value}}',
    between: '{{field}} muss zwischen {{min}} und {{max}} liegen, angegeben: {{value}}',
    maxLength_one: '{{field}} darf höchstens ein Zeichen lang sein',
    maxLength_other: '{{field}} darf höchstens {{count}} Zeichen lang sein',
    minLength_one: '{{field}} muss mindestens ein Zeichen lang sein',
    minLength_other: '{{field}} muss mindestens {{count}} Zeichen lang sein',
    form: {
      positiveCents: 'eine positive ganze Zahl von Cent (bis zu 15 Ziffern), z. B. „250000“ für 2.500 EUR',
      cents: 'eine ganze Zahl von Cent ab 0 (bis zu 15 Ziffern), z. B. „100000“ für 1.000 EUR',
      date: 'ein Datum JJJJ-MM-TT',
      personDays: 'eine Zahl von Personentagen mit höchstens einer Nachkommastelle, z. B. „12.5“',
      stageKey: 'ein Phasenschlüssel in GROSS_MIT_UNTERSTRICH, z. B. INTEREST_SURVEY',
      slug: 'Kleinbuchstaben a-z und Ziffern mit einzelnen Bindestrichen dazwischen, z. B. „geoportal-nord“',
      voteWeight: 'eine positive Zahl mit bis zu 4 Stellen und 3 Nachkommastellen, z. B. „1“ oder „2.5“',
      municipalityKey: 'genau 8 Ziffern (Amtlicher Gemeindeschlüssel)',
    },
    invalid: '{{field}} ist ungültig, angegeben: „{{value}}“',
    problems: '{{problems}}',
    valueAt: '{{where}} hat einen Wert, der nicht erlaubt ist: {{problem}}',
    localDate:
      'erwartet wird ein Datum zwischen {{earliest}} und {{latest}} in der Form JJJJ-MM-TT, z. B. „2026-05-04“; angegeben: {{value}}',
    dateTime:
      'erwartet werden Datum und Uhrzeit zwischen {{earliest}} und {{latest}} (UTC) in der Form nach RFC 3339 mit Zeitzone, z. B. „2026-05-04T18:00:00+02:00“; angegeben: {{value}}',
    unsafeText: '{{field}} darf keine NUL-Zeichen und keine ungepaarten Surrogate enthalten',
    notRemovable: '{{field}} kann nicht entfernt, nur geändert werden',
    uuid: '{{field}} muss eine ID (UUID) sein, wie die API sie liefert',
    cursor: 'after muss ein endCursor sein, den eine vorige Seite geliefert hat',
  },
  request: {
    notFound: 'Keine Anfrage mit der ID {{id}}',
    notFoundByNumber: 'Keine Anfrage #{{number}} in dieser Partnerschaft',
    notFoundHere: 'Keine Anfrage {{id}} in dieser Partnerschaft',
    idOrSlug: 'Geben Sie die ID der Anfrage an, oder die Kurzbezeichnung der Partnerschaft und die Nummer der Anfrage',
    partnershipOrSlug: 'Geben Sie die partnershipId oder die Kurzbezeichnung (slug) an',
    notificationIds: 'ids müssen IDs von Benachrichtigungen (UUID) sein',
    mergedFinance: '#{{number}} wurde mit einer anderen Anfrage zusammengeführt; finanzieren Sie diese',
    mergedAct: '#{{number}} wurde mit einer anderen Anfrage zusammengeführt; handeln Sie bei dieser',
    financingNeedsDecision: 'Die Finanzierung von #{{number}} braucht eine angenommene Entscheidung; {{decision}}',
    financingStage: 'Eine Anfrage wird in {{stages}} finanziert; #{{number}} steht in {{stage}}',
    aFinancingStage: 'einer Finanzierungsphase',
    alreadyFinanced: '#{{number}} ist schon finanziert',
    mergeIntoItself: 'Eine Anfrage kann nicht mit sich selbst zusammengeführt werden',
    bothMustExist: 'Beide Anfragen müssen existieren',
    mergeOtherPartnership: 'Ein Duplikat kann nur mit einer Anfrage derselben Partnerschaft zusammengeführt werden',
    alreadyMerged: '#{{number}} ist schon mit einer anderen Anfrage zusammengeführt',
    originalMerged:
      '#{{number}} ist selbst ein zusammengeführtes Duplikat; führen Sie mit der Anfrage zusammen, auf die es verweist',
    noWithdrawnStage:
      'Dieser Ablauf hat keine Phase für zurückgezogene Anfragen; legen Sie vor dem Zusammenführen eine an (Kategorie WITHDRAWN)',
    noSurveyFrom: 'Aus der Phase {{stage}} kann in diesem Ablauf keine Interessensabfrage beginnen',
    deadlineInFuture: 'deadline muss in der Zukunft liegen, angegeben: {{deadline}}',
    surveyAtMost: 'Eine Interessensabfrage läuft höchstens 180 Tage',
    coFundOnlyWill: 'coFundUpToCents gehört nur zu WILL_CO_FUND',
    onlyRepresentativeDeclares: 'Nur eine Vertretung kann Interesse bekunden, und nur für ihre eigene Organisation',
    onlyRepresentativeWithdraws:
      'Nur eine Vertretung kann Interesse zurückziehen, und nur für ihre eigene Organisation',
    noInterestDeclared: 'Ihre Organisation hat kein Interesse an dieser Anfrage bekundet',
    noOrganisation: 'Keine Organisation mit der ID {{id}}',
    sayWhichOrganisation_one: 'Sie vertreten hier {{count}} Organisation: Geben Sie an, welche handelt',
    sayWhichOrganisation_other: 'Sie vertreten hier {{count}} Organisationen: Geben Sie an, welche handelt',
    representNone: 'Sie vertreten keine Mitgliedsorganisation dieser Partnerschaft',
    onlyOwnOrganisation: 'Sie können nur für eine Organisation handeln, die Sie vertreten',
    notActiveMember: 'Diese Organisation ist kein aktives Mitglied der Partnerschaft',
    beingDecided: 'Über #{{number}} wird schon entschieden',
    noDecisionPath: 'Dieser Ablauf entscheidet über keine Anfrage mit der Finanzierung {{route}} per Abstimmung',
    noDecisionFrom: 'Auf die Phase {{stage}} kann in diesem Ablauf keine Entscheidung folgen',
    jointInWriting:
      'Eine gemeinsame Entscheidung mehrerer Gremien fällt im Umlaufverfahren; wählen Sie WRITTEN oder ein einzelnes Gremium',
    sessionOtherCommittee:
      'Die Sitzung gehört zu einem anderen Gremium als {{committee}}, das über diese Anfrage entscheidet',
    noVotingCommittee: '{{id}} ist kein abstimmendes Gremium dieser Partnerschaft',
    missingCommittees:
      'Laut Ablauf entscheidet {{kinds}}, aber die Partnerschaft hat kein abstimmendes Gremium {{missing}}; legen Sie es an oder wählen Sie die Gremien',
    noPartnershipSlug: 'Keine Partnerschaft mit der Kurzbezeichnung {{slug}}',
    stageStillHolds_one:
      'In der Phase {{stage}} steht noch {{count}} Anfrage; verschieben Sie sie, bevor Sie die Phase entfernen',
    stageStillHolds_other:
      'In der Phase {{stage}} stehen noch {{count}} Anfragen; verschieben Sie sie, bevor Sie die Phase entfernen',
    unknownStagesInUse:
      'Anfragen stehen in Phasen, die der aktuelle Ablauf nicht kennt ({{stages}}); ergänzen Sie sie im Ablauf wieder oder verschieben Sie die Anfragen zuerst',
    noStage: '{{stage}} ist keine Phase dieses Ablaufs; seine Phasen sind {{stages}}',
  },
  agreement: {
    currentSplit:
      'Diese Buchung ist die aktuelle Aufteilung der Vereinbarung „{{title}}“; teilen Sie die Vereinbarung neu auf, statt ihre Buchung zu stornieren',
    alreadyExists: '#{{number}} hat schon eine Kostenteilungsvereinbarung ({{id}})',
    nobodyInterested: 'Niemand hat Interesse an #{{number}} bekundet; nennen Sie die Beteiligten',
    noProvider:
      'Das Angebot nennt keinen Anbieter, und die Partnerschaft hat keine Product-Owner-Organisation; nennen Sie den Anbieter',
    moduleNoContracts:
      'Eine wiederkehrende Modulvereinbarung tragen die Nutzenden des Moduls; sie hat keine Verträge zum Versenden',
    onlyDraftSent: 'Versendet wird nur ein Entwurf; diese Vereinbarung ist {{status}}',
    moduleResplit:
      'Eine wiederkehrende Modulvereinbarung wird über die Nutzenden des Moduls (setModuleUse) und die jährliche Verlängerung neu aufgeteilt',
    notSplitAgain: 'Eine Vereinbarung, die {{status}} ist, wird nicht neu aufgeteilt',
    everyoneDeclined: 'Alle haben abgelehnt; nennen Sie die Beteiligten der neuen Aufteilung',
    contractNotFound: 'Kein Kostenteilungsvertrag {{id}}',
    onlyRepresentativeSigns: 'Nur eine Vertretung von {{organisation}} darf ihren Vertrag unterschreiben oder ablehnen',
    theParticipatingOrganisation: 'der beteiligten Organisation',
    onlySentAgreement:
      'Die Vereinbarung ist {{status}}; nur die Verträge einer versendeten Vereinbarung werden unterschrieben oder abgelehnt',
    onlySentContract: 'Dieser Vertrag ist {{status}}; nur ein versendeter Vertrag wird unterschrieben oder abgelehnt',
    notFound: 'Keine Kostenteilungsvereinbarung {{id}}',
    noOfferAmount: 'Die Anfrage hat noch keinen Angebotsbetrag; geben Sie die Summe in Cent an',
    seeWhenTakingPart:
      'Sie sehen eine Kostenteilungsvereinbarung, wenn Ihre Organisation daran beteiligt ist, oder mit FINANCE_READ',
    onlyFinancedPaid:
      'Nur der Anbieter einer finanzierten Vereinbarung wird bezahlt; diese Vereinbarung ist {{status}}',
    paidBeforeFinanced:
      'Eine Zahlung an den Anbieter kann nicht vor der Finanzierung der Vereinbarung ({{financedOn}}) gebucht werden, angegeben: {{paidOn}}',
    atMostOwed:
      'Höchstens {{owed, currency(currency: EUR)}} sind für diese Vereinbarung noch an {{provider}} zu zahlen, angegeben: {{amount, currency(currency: EUR)}}',
    realDate: 'paidOn muss ein echtes Kalenderdatum JJJJ-MM-TT sein, angegeben: {{paidOn}}',
    unknownParticipants: 'Keine Organisation mit der ID {{ids}}',
    participantsNotMembers:
      'An einer Vereinbarung nehmen nur aktive Mitglieder teil; {{names}} ist keines in dieser Partnerschaft',
    status: {
      DRAFT: 'ein Entwurf',
      SENT: 'versendet',
      FINANCED: 'finanziert',
      CANCELLED: 'abgebrochen',
      SIGNED: 'unterschrieben',
      DECLINED: 'abgelehnt',
      REMOVED: 'entfernt',
    },
  },
  module: {
    nameTaken: 'Der Katalog hat schon ein Modul namens „{{name}}“',
    noOrganisation: 'Keine Organisation mit der ID {{id}}',
    onlyActiveMembers: 'Nur aktive Mitglieder nutzen ein Modul; {{name}} ist keines in dieser Partnerschaft',
    stopBeforeSince: '{{name}} nutzt das Modul seit {{since}}; die Nutzung kann nicht davor enden, angegeben: {{on}}',
    noProvider:
      'Das Modul „{{name}}“ nennt keinen Anbieter, und die Partnerschaft hat keine Product-Owner-Organisation; legen Sie einen fest',
    notFound: 'Kein Modul {{id}}',
  },
  ledger: {
    bookedOnDate: 'bookedOn muss ein Datum JJJJ-MM-TT sein, angegeben: {{bookedOn}}',
    unbalanced: 'Die Buchung ist nicht ausgeglichen: {{problem}}',
    reasonLength: 'reason muss 3 bis 400 Zeichen lang sein, angegeben: {{length}}',
    notFoundHere: 'Keine Buchung {{id}} in dieser Partnerschaft',
    notFound: 'Keine Buchung {{id}}',
    reversalOfReversal:
      'Eine Stornierung kann nicht storniert werden; buchen Sie stattdessen die ursprüngliche Bewegung erneut',
    alreadyReversed: 'Diese Buchung wurde schon durch {{by}} storniert',
    reversalBefore:
      'Eine Stornierung kann nicht vor der Buchung gebucht werden, die sie storniert ({{original}}), angegeben: {{bookedOn}}',
  },
  fundPayout: {
    allocationNotFound: 'Keine Fondszuweisung mit der ID {{id}}',
    onlyApprovedPaid: 'Nur eine genehmigte Zuweisung kann ausgezahlt werden; diese ist {{status}}',
    noOrganisationInDirectory: 'Keine Organisation mit der ID {{id}} im Verzeichnis',
    paidBeforeApproved:
      'Eine Auszahlung kann nicht vor der Genehmigung der Zuweisung ({{approvedOn}}) erfolgen, angegeben: {{paidOn}}',
    atMostRemaining:
      'Von dieser Zuweisung sind höchstens noch {{remaining, currency(currency: EUR)}} auszuzahlen, angegeben: {{amount, currency(currency: EUR)}}',
    paidOutAgainst:
      'Auf diese Zuweisung wurden {{disbursed, currency(currency: EUR)}} ausgezahlt; stornieren Sie diese Auszahlungen vor der Zuweisung',
    poolAllocated:
      'Von diesem Topf sind nur {{available, currency(currency: EUR)}} noch nicht zugewiesen, daher kann der Beitrag von {{amount, currency(currency: EUR)}} nicht storniert werden',
    atMostPurposes: 'Ein Fonds hat höchstens 50 Zweckbindungen; archivieren oder benennen Sie stattdessen eine um',
    purposeExists:
      'Eine Zweckbindung mit diesem Namen gibt es schon („{{de}}“ / „{{en}}“); benennen Sie sie um oder stellen Sie sie wieder her',
    purposeNotFound: 'Keine Zweckbindung mit der ID {{id}}',
    purposeNameTaken: 'Eine andere Zweckbindung heißt schon „{{name}}“',
    allocationStatus: {
      PROPOSED: 'vorgeschlagen',
      APPROVED: 'genehmigt',
      REJECTED: 'abgelehnt',
      WITHDRAWN: 'zurückgezogen',
    },
  },
  fees: {
    notMember: 'organisationId muss eine Organisation sein, die Mitglied dieser Partnerschaft ist oder war',
    invoiceNotFound: 'Keine Beitragsrechnung {{id}} in dieser Partnerschaft',
    invoiceOtherMember:
      'Die Rechnung {{number}} ist an ein anderes Mitglied gerichtet; zahlen Sie sie für dieses Mitglied oder lassen Sie die Rechnung weg',
    invoiceCancelled:
      'Die Rechnung {{number}} wurde storniert; buchen Sie die Zahlung stattdessen auf das Konto des Mitglieds',
    invoicePaid:
      'Auf die Rechnung {{number}} wurden {{paid, currency(currency: EUR)}} gezahlt: Stornieren Sie zuerst diese Zahlungen',
    noSchedule:
      'Diese Partnerschaft hat noch keine Beitragsordnung: Legen Sie eine an (Stufen, Indexierung, Rundung), bevor Sie Beiträge erheben',
    partnershipNotFound: 'Keine Partnerschaft {{id}}',
    issuedOnYear: 'issuedOn muss im Beitragsjahr {{year}} liegen, angegeben: {{issuedOn}}',
    writtenMeanwhile:
      'Eine Rechnung für {{name}} und {{year}} wurde gleichzeitig geschrieben; starten Sie den Lauf erneut',
    yearRange: 'year muss zwischen {{min}} und {{max}} liegen, angegeben: {{year}}',
  },
  report: {
    statementForbidden:
      'Diesen Kontoauszug dürfen Sie nur mit der Berechtigung FINANCE_READ in dieser Partnerschaft lesen, oder als Vertretung dieser Organisation',
    organisationNotFound: 'Keine Organisation {{id}}',
    noTransparencyReport: 'Kein öffentlicher Transparenzbericht für eine Partnerschaft „{{slug}}“',
  },
  posting: {
    tooFewEntries: 'Eine Buchung braucht mindestens zwei Einträge, angegeben: {{entries}}',
    zeroEntry: 'Ein Eintrag über 0 Cent auf {{account}} ist nicht erlaubt',
    notZero: 'Die Einträge ergeben in Summe {{sum}} Cent statt null',
  },
  people: {
    noPartnership: 'Keine Partnerschaft mit der ID {{id}}',
    alreadyHoldsRole: '{{email}} hat in {{partnership}} schon die Rolle {{role}}',
    invitationNotFound: 'Keine Einladung mit der ID {{id}}',
    onlySenderWithdraws:
      'Eine Einladung zieht nur zurück, wer sie gesendet hat oder sie jetzt senden dürfte: {{reason}}',
    alreadyAccepted: 'Diese Einladung wurde schon angenommen; entziehen Sie stattdessen die Rolle',
    roleNotFound: 'Keine Rolle mit der ID {{id}}',
    keepOneManager:
      'Eine Partnerschaft behält mindestens ein Community-Management: Benennen Sie zuerst eine andere Person',
    orgOnlyForRepresentative: 'organisationId wird nur für die Rolle REPRESENTATIVE angegeben',
    representativeNeedsOrg:
      'Eine Vertretung (REPRESENTATIVE) braucht die Mitgliedsorganisation, für die sie handelt (organisationId)',
    orgMustBeActive: 'Die Organisation muss ein aktives Mitglied dieser Partnerschaft sein',
    displayNameRequired: 'displayName ist nötig, um Ihr Konto anzulegen',
    passwordRequired: 'password ist nötig, um Ihr Konto anzulegen',
    orgNoLongerMember:
      '{{organisation}} ist kein aktives Mitglied dieser Partnerschaft mehr, daher kann sie dort niemand vertreten',
    inviterGone: 'Die Person, die diese Einladung gesendet hat, hat kein Konto mehr: Bitten Sie um eine neue Einladung',
    hasRepresentativeNow:
      '{{organisation}} hat jetzt eine Vertretung, und nur ihre Vertretungen benennen weitere: Bitten Sie eine davon um eine neue Einladung',
    inviterMayNoLonger:
      '{{inviter}} hat diese Einladung gesendet, darf die Rolle {{role}} hier aber nicht mehr vergeben, daher kann sie nicht angenommen werden: Bitten Sie {{whom}} um eine neue Einladung',
    aRepresentativeOf: 'eine Vertretung von {{organisation}}',
    managerOrAdmin: 'das Community-Management oder einen Admin der Partnerschaft',
    removeRepresentative:
      'Wer {{organisation}} vertritt, entscheidet {{organisation}}: Nur ihre Vertretungen (oder die Person selbst oder ein Plattform-Admin) entziehen eine Vertretung',
    alreadyRepresented:
      '{{organisation}} hat schon eine Vertretung, und wer sie außerdem vertritt, entscheiden ihre Vertretungen: Bitten Sie eine davon, diese Person einzuladen (das Community-Management benennt eine Vertretung nur, solange die Organisation keine hat)',
    onlyRepresentativesName:
      'Nur die Vertretungen von {{organisation}} benennen weitere Vertretungen (das Community-Management nur, solange sie keine hat)',
    onlyRepresentativesNameYouMay:
      'Nur die Vertretungen von {{organisation}} benennen weitere Vertretungen (das Community-Management nur, solange sie keine hat); Sie dürfen Vertretungen der Organisation einladen, die Sie vertreten',
    needPeopleManage: 'Um die Rolle {{role}} zu {{verb}}, brauchen Sie PEOPLE_MANAGE in dieser Partnerschaft',
    needPeopleManageYouMay:
      'Um die Rolle {{role}} zu {{verb}}, brauchen Sie PEOPLE_MANAGE in dieser Partnerschaft; als Vertretung dürfen Sie weitere Vertretungen Ihrer eigenen Organisation einladen',
    exceedsHeld:
      'Sie dürfen die Rolle {{role}} nicht {{verb}}: Sie erlaubt {{missing}}, was Sie in dieser Partnerschaft nicht haben. Niemand vergibt mehr, als er selbst hat: Sie dürfen {{grantable}} {{verb}}; {{who}} darf {{role}} {{verb}}',
    grantableWithFirst: '{{roles}} und die erste Vertretung eines Mitglieds ohne Vertretung',
    platformAdmin: 'ein Plattform-Admin',
    platformAdminOrAdmin: 'ein Plattform-Admin oder ein ADMIN der Partnerschaft',
    nothing: 'keine Rolle',
    verb: { grant: 'vergeben', takeAway: 'entziehen' },
  },
  application: {
    noneAccepts: 'Keine Partnerschaft mit dieser ID nimmt Aufnahmeanträge von Ihnen an',
    noOrganisation: 'Keine Organisation mit der ID {{id}}',
    alreadyMember: '{{organisation}} ist schon Mitglied von {{partnership}} (Status {{status}})',
    alreadyPending:
      'Über einen Antrag von {{organisation}} wird schon entschieden; das Community-Management meldet sich bei {{contact}}',
    admitsByVote:
      '{{partnership}} nimmt Mitglieder per Gremienabstimmung auf: Stellen Sie den Antrag stattdessen zur Abstimmung',
    decidesByVote:
      '{{partnership}} entscheidet über Mitglieder per Gremienabstimmung: Stellen Sie den Antrag stattdessen zur Abstimmung',
    chooseCommittee: 'Wählen Sie das Gremium, das abstimmt, oder legen Sie das Aufnahmegremium der Partnerschaft fest',
    needsVotingCommittee: 'Aufnahme per Abstimmung (VOTE) braucht ein abstimmendes Gremium dieser Partnerschaft',
    alreadyActive: '{{organisation}} ist schon aktives Mitglied',
    notFound: 'Kein Aufnahmeantrag mit der ID {{id}}',
    notDecidable: 'Dieser Antrag ist {{status}}; hier wird nur über einen Antrag {{allowed}} entschieden',
  },
  membership: {
    noPartnership: 'Keine Partnerschaft mit der ID {{id}}',
    noOrganisation: 'Keine Organisation mit der ID {{id}}',
    alreadyMember:
      '{{organisation}} ist schon Mitglied von {{partnership}} (Status {{status}}); ändern Sie diese Mitgliedschaft, statt eine weitere anzulegen',
    alreadyMemberField: 'schon Mitglied dieser Partnerschaft',
    notFound: 'Keine Mitgliedschaft mit der ID {{id}}',
    leftBeforeJoined: 'leftOn ({{leftOn}}) darf nicht vor joinedOn ({{joinedOn}}) liegen',
    leftOnlyWhenLeft: 'leftOn ist nur mit dem Status LEFT erlaubt, der Status ist {{status}}',
  },
  organisation: {
    notFound: 'Keine Organisation mit der ID {{id}}',
    keyTaken:
      'Der Amtliche Gemeindeschlüssel {{key}} gehört schon zu {{name}}; jeder Schlüssel kann nur einmal verwendet werden',
    keyTakenField: 'schon von {{name}} verwendet',
    noOrganisationField: '{{field}}: keine Organisation mit der ID {{id}}',
  },
  session: {
    wrongStatus: 'Diese Sitzung ist {{status}}; {{what}} geht nur bei einer Sitzung, die {{allowed}} ist',
    what: {
      changed: 'Ändern',
      announced: 'Ankündigen',
      started: 'Beginnen',
      attendance: 'Erfassen der Anwesenheit',
      closed: 'Schließen',
      cancelled: 'Absagen',
      newItems: 'Hinzufügen von Tagesordnungspunkten',
      reordered: 'Umsortieren',
      minutes: 'Protokollieren (beginnen Sie die Sitzung zuerst)',
    },
    noCommittee: 'Kein Gremium mit der ID {{id}}',
    noSeat: 'Dieses Mitglied hat keinen Sitz im Gremium',
    presentNoProxy: 'Ein anwesendes Mitglied stimmt selbst ab; eine Vollmacht gibt es nur für ein abwesendes Mitglied',
    ownProxy: 'Ein Mitglied kann nicht seine eigene Vollmacht halten',
    proxyNeedsVotingSeat: 'Wer die Vollmacht hält, muss einen Stimmsitz in diesem Gremium haben',
    proxyNotPresent: 'Wer die Vollmacht hält, muss zuerst als anwesend erfasst sein',
    minutesTooLong: 'minutes darf höchstens 50.000 Zeichen lang sein',
    minutesAlreadyApproved: 'Dieses Protokoll ist schon genehmigt',
    approveClosedOnly: 'Nur das Protokoll einer geschlossenen Sitzung kann genehmigt werden; diese ist {{status}}',
    approveSameCommittee: 'Genehmigen Sie es in einer Sitzung desselben Gremiums',
    approveInProgress: 'Genehmigen Sie es in einer laufenden Sitzung',
    approveLater: 'Genehmigen Sie es in einer späteren Sitzung',
    endsAfterStarts: 'endsAt muss nach startsAt liegen',
    atMostHours: 'Eine Sitzung dauert höchstens {{hours}} Stunden',
    noSessionHere: 'Diese Partnerschaft hat keine Sitzung mit dieser ID',
    position: 'position muss zwischen 1 und {{last}} liegen, angegeben: {{position}}',
    noPartnership: 'Keine Partnerschaft mit der ID {{id}}',
    callNeverVotes:
      'Ein Community-Call steht allen offen und stimmt nie ab; wählen Sie für ein abstimmendes Gremium eine andere Art',
    mustBeMembership: 'Muss eine Mitgliedschaft der Partnerschaft des Gremiums sein',
    onlyActiveSeats: 'Nur aktive Mitglieder haben Sitze; diese Mitgliedschaft ist {{status}}',
    noVotingRight:
      'Dieses Mitglied hat kein Stimmrecht in der Partnerschaft: Geben Sie ihm einen beratenden Sitz (ADVISORY) oder ändern Sie zuerst seine Mitgliedschaft',
    advisoryOnly: 'Dieses Gremium stimmt nicht ab: Seine Sitze sind beratend (ADVISORY)',
  },
  voteOpening: {
    noAgendaItem: 'Kein Tagesordnungspunkt mit der ID {{id}}',
    decisionItemsOnly:
      'Abgestimmt wird über Punkte der Art DECISION; dieser Punkt ist {{kind}}. Ändern Sie zuerst seine Art.',
    deadlineRange: 'deadline muss zwischen 1 Stunde und 1 Jahr in der Zukunft liegen, angegeben: {{deadline}}',
    committeeOnce: 'Jedes Gremium darf nur einmal vorkommen',
    notCommitteeHere: '{{id}} ist kein Gremium dieser Partnerschaft',
    doesNotVote: '{{name}} stimmt nicht ab ({{kind}})',
    noJointDecision: 'Diese Partnerschaft hat keine solche gemeinsame Entscheidung',
  },
  misc: {
    noAccessRule: '{{handler}} nennt keine Zugriffsregel und wird daher verweigert',
    onlyPublicHttp: 'Es gibt nur öffentliche HTTP-Routen',
    currentPasswordWrong: 'currentPassword ist falsch',
    sequenceFrom1: 'sequence muss eine ganze Zahl ab 1 sein, angegeben: {{sequence}}',
    hashHex: 'hash muss aus 64 Hexadezimalziffern (0-9, a-f) bestehen, wie mit dem Prüfpunkt gedruckt',
  },
  rule: {
    wholeFraction: '{{name}} muss aus ganzen Zahlen p/q bestehen, angegeben: {{p}}/{{q}}',
    denominator: '{{name}} braucht einen Nenner über 0, angegeben: {{p}}/{{q}}',
    fractionRange: '{{name}} muss zwischen 0 und 1 liegen, angegeben: {{p}}/{{q}}',
    zeroAtLeast: 'Der Anteil 0/q mit AT_LEAST nimmt jeden Antrag an; wählen Sie einen Anteil über 0',
    overHundred: 'Mehr als 100 % sind nie erreichbar: Nehmen Sie AT_LEAST mit 1/1 für Einstimmigkeit',
    writtenPresent:
      'Ein Umlaufverfahren hat keine Anwesenheit: Die Basis PRESENT gibt es nur für Sitzungen; nehmen Sie CAST, YES_NO oder ENTITLED',
    writtenPresence:
      'Ein Umlaufverfahren hat keine Anwesenheit: Ein Quorum nach Anwesenheit (PRESENCE) gibt es nur für Sitzungen; nehmen Sie PARTICIPATION',
    quorumWhole: 'Die Quorum-Anzahl muss eine ganze Zahl ab 1 sein, angegeben: {{given}}',
    quorumUnreachable_one: 'Die Quorum-Anzahl {{quorum}} ist nie erreichbar: Nur {{count}} Person ist stimmberechtigt',
    quorumUnreachable_other:
      'Die Quorum-Anzahl {{quorum}} ist nie erreichbar: Nur {{count}} Personen sind stimmberechtigt',
    vetoNobody: 'Ein Veto braucht mindestens eine stimmberechtigte Person mit Vetorecht; niemand hat eines',
    chairMissing: 'Der Stichentscheid CHAIR_DECIDES braucht einen Vorsitz unter den Stimmberechtigten',
    tieAtLeast: 'Ein Patt gibt es nur bei GREATER: Bei AT_LEAST ist genau die Schwelle angenommen; nehmen Sie FAILS',
    earlyCloseChange:
      'earlyClose verlangt allowChange aus: Eine Stimme, die sich noch ändern darf, könnte das Ergebnis noch ändern',
    secretChair:
      'Bei geheimer Abstimmung ist die Stimme des Vorsitzes nicht bekannt: Nehmen Sie den Stichentscheid FAILS',
    secretVeto:
      'Bei geheimer Abstimmung ist das NEIN einer Person mit Vetorecht nicht bekannt: Schalten Sie das Veto ab oder stimmen Sie offen ab',
    secretChange:
      'Eine geheime Stimme kann nicht geändert werden, da nichts sie mit der Person verbindet: Schalten Sie allowChange ab',
  },
  split: {
    positiveTotal: 'Die Summe muss eine positive Zahl von Cent sein, angegeben: {{total}}',
    needsParticipant: 'Eine Vereinbarung braucht mindestens eine beteiligte Organisation',
    positiveWeight: 'Jedes Gewicht muss positiv sein, angegeben: {{weight}} für {{name}}',
    missing: 'Für {{name}} fehlt {{what}}',
    whole: '{{what}} muss eine ganze Zahl sein, angegeben: {{value}} für {{name}}',
    positive: '{{what}} muss positiv sein, angegeben: {{value}} für {{name}}',
    aWeight: 'ein Gewicht',
    aPercentage: 'ein Prozentsatz (in Basispunkten, 100 % = 10000)',
    noPopulation:
      'Die Aufteilung nach Einwohnerzahl braucht die Einwohnerzahl jeder beteiligten Organisation; für {{names}} ist keine erfasst. Erfassen Sie sie bei der Organisation oder wählen Sie ein anderes Verfahren',
    percentagesSum: 'Die Prozentsätze müssen zusammen 100 % (10000 Basispunkte) ergeben, angegeben: {{sum}}',
    noFee:
      'Die Aufteilung nach Jahresbeitrag braucht für jede beteiligte Organisation eine Beitragsrechnung für das Jahr der Vereinbarung; für {{names}} gibt es keine. Erheben Sie die Beiträge für dieses Jahr oder wählen Sie ein anderes Verfahren',
    namedTwice: '{{name}} ist doppelt genannt; jede Organisation ist nur einmal beteiligt',
    fixedMissing:
      'Feste Beträge müssen für jede beteiligte Organisation positiv sein; sie fehlen oder sind nicht positiv für {{names}}',
    fixedSum:
      'Die festen Beträge ergeben {{sum}} Cent, {{difference}} die Summe von {{total}} Cent; sie müssen genau die Summe ergeben',
    lessThan_one: '{{count}} Cent weniger als',
    lessThan_other: '{{count}} Cent weniger als',
    moreThan_one: '{{count}} Cent mehr als',
    moreThan_other: '{{count}} Cent mehr als',
  },
  schedule: {
    indexationStart: 'indexationStartYear darf nicht vor dem Basisjahr {{baseYear}} liegen, angegeben: {{startYear}}',
    needsTier: 'Eine Beitragsordnung braucht mindestens eine Stufe',
    maxBelowMin:
      'Stufe {{tier}} ({{label}}): maxPopulation muss mindestens minPopulation {{min}} sein, angegeben: {{max}}',
    kindTwice: 'Stufe {{tier}} ({{label}}) nennt eine Art doppelt',
    overlap:
      'Stufe {{tier}} ({{label}}) überschneidet sich mit Stufe {{other}} ({{otherLabel}}) für {{kinds}}: Die Einwohnerspannen einer Art dürfen sich nicht überschneiden',
    joinsLater: '{{name}} tritt am {{on}} bei, nach {{year}}',
    leftBefore: '{{name}} ist am {{on}} ausgetreten, vor {{year}}',
    exempt: '{{name}} ist befreit ({{tier}})',
    noTier: 'Keine Beitragsstufe für {{name}} ({{kind}}, {{population}}): Legen Sie eine Stufe an, die sie abdeckt',
    population: 'Einwohnerzahl {{population}}',
    populationUnknown: 'Einwohnerzahl unbekannt',
  },
  workflowCheck: {
    transition: 'Übergang {{from}} → {{to}}',
    noStages: 'Ein Ablauf braucht mindestens eine Phase; beginnen Sie mit einer Phase der Kategorie SUBMITTED',
    badKey:
      'Der Phasenschlüssel „{{key}}“ ist nicht erlaubt; ein Schlüssel hat 2 bis 40 Zeichen A–Z, 0–9 oder _ und beginnt mit einem Buchstaben, z. B. IN_DEVELOPMENT',
    keyTwice: 'Der Phasenschlüssel {{key}} kommt doppelt vor; jede Phase braucht einen eigenen Schlüssel',
    unknownCategory: 'Die Phase {{key}} hat die unbekannte Kategorie {{category}}; erlaubt: {{allowed}}',
    noGermanLabel: 'Die Phase {{key}} braucht eine deutsche Bezeichnung; sie ist leer',
    noEnglishLabel: 'Die Phase {{key}} braucht eine englische Bezeichnung; sie ist leer',
    noInitial: 'Die Anfangsphase {{stage}} gibt es nicht; wählen Sie eine von {{keys}}',
    initialNotSubmitted:
      'Die Anfangsphase {{stage}} hat die Kategorie {{category}}; eine Anfrage muss in einer Phase der Kategorie SUBMITTED beginnen',
    fromNoStage: '{{name}} beginnt bei {{from}}, das keine Phase ist; die Phasen sind {{keys}}',
    toNoStage: '{{name}} führt zu {{to}}, das keine Phase ist; die Phasen sind {{keys}}',
    selfLoop: '{{name}} führt zur eigenen Phase zurück; ein Übergang muss die Phase wechseln',
    listedTwice:
      '{{name}} steht doppelt in der Liste; fassen Sie beide zu einem Übergang mit allen Beteiligten und Bedingungen zusammen',
    noActor: '{{name}} nennt niemanden, der ihn auslöst; nennen Sie mindestens eine von {{allowed}}',
    unknownActor: '{{name}} nennt die unbekannte Rolle {{actor}}; erlaubt: {{allowed}}',
    unknownGuard: '{{name}} nennt die unbekannte Bedingung {{guard}}; erlaubt: {{allowed}}',
    bothDecisions:
      '{{name}} verlangt die Entscheidung zugleich angenommen und nicht angenommen; behalten Sie nur eine von DECISION_ACCEPTED und DECISION_NOT_ACCEPTED',
    surveyNoDeadline:
      '{{name}} beginnt eine Interessensabfrage ohne die Bedingung SURVEY_DEADLINE_SET; eine Abfrage braucht eine Frist in der Zukunft',
    developmentNotFinanced:
      '{{name}} führt in die Entwicklung ohne die Bedingung FINANCED; die Entwicklung darf erst nach abgeschlossener Finanzierung beginnen',
    financingNoDecision:
      '{{name}} führt in die Finanzierung ohne die Bedingung DECISION_ACCEPTED; davor liegt eine Entscheidungsphase, also muss er eine angenommene Entscheidung abwarten',
    acceptedNoDecision:
      '{{name}} führt in eine angenommene Phase ohne die Bedingung DECISION_ACCEPTED; davor liegt eine Entscheidungsphase, also muss er eine angenommene Entscheidung abwarten',
    leavesFinal:
      '{{name}} verlässt {{stage}}, eine Endphase der Kategorie {{category}}; veröffentlichte und zurückgezogene Anfragen gehen nicht weiter',
    leavesRejected:
      '{{name}} verlässt die abgelehnte Phase {{stage}} zu einer Phase der Kategorie {{category}}; eine abgelehnte Anfrage darf nur in eine Phase DEVELOPED_OUTSIDE weitergehen',
    surveyNoExit:
      'Die Abfragephase {{stage}} hat keinen Ausgang, wenn ihre Abfrage endet; fügen Sie einen Übergang durch SYSTEM mit der Bedingung SURVEY_CLOSED hinzu',
    decisionNoAcceptedExit:
      'Die Entscheidungsphase {{stage}} hat keinen Ausgang, wenn die Abstimmung angenommen ist; fügen Sie einen Übergang durch SYSTEM mit der Bedingung DECISION_ACCEPTED hinzu',
    decisionNoRejectedExit:
      'Die Entscheidungsphase {{stage}} hat keinen Ausgang, wenn die Abstimmung nicht angenommen ist; fügen Sie einen Übergang durch SYSTEM mit der Bedingung DECISION_NOT_ACCEPTED hinzu',
    unreachable:
      'Die Phase {{stage}} ist von der Anfangsphase {{initial}} aus nicht erreichbar; fügen Sie einen Übergang dorthin hinzu oder entfernen Sie sie',
    noRelease:
      'Von der Anfangsphase {{initial}} aus ist keine Phase der Kategorie RELEASED erreichbar; jeder Ablauf muss zu einer Veröffentlichung führen',
    surveyDays: 'surveyDays muss eine ganze Zahl von Tagen von 1 bis 90 sein, angegeben: {{days}}',
    unknownRoute: 'Es gibt einen Entscheidungsweg für die unbekannte Finanzierung {{route}}; erlaubt: {{allowed}}',
    unknownPreset:
      'Der Entscheidungsweg für {{route}} nutzt die unbekannte Regelvorlage {{preset}}; erlaubt: {{allowed}}',
    noCommittee: 'Der Entscheidungsweg für {{route}} nennt kein Gremium; nennen Sie mindestens eines von {{allowed}}',
    unknownCommitteeKind:
      'Der Entscheidungsweg für {{route}} nennt die unbekannte Gremienart {{kind}}; erlaubt: {{allowed}}',
    committeeKindTwice:
      'Der Entscheidungsweg für {{route}} nennt eine Gremienart doppelt; jedes Gremium stimmt einmal ab',
    noDecisionPath:
      'Der Ablauf hat eine Entscheidungsphase, aber keinen Entscheidungsweg; legen Sie einen für mindestens eine Finanzierungsart an ({{routes}})',
  },
};
