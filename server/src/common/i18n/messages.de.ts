import type { Catalogue } from './messages.en';

/** The server's messages in German, the default language (same keys as messages.en.ts). */
export const de: Catalogue = {
  time: {
    seconds_one: '{{count}} Sekunde',
    seconds_other: '{{count}} Sekunden',
    minutes_one: '{{count}} Minute',
    minutes_other: '{{count}} Minuten',
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
};
