import englishMessages from 'ra-language-english';

/** Labels through resources.<name>.fields.<field>, so wording lives in one place. */
export const en = {
  ...englishMessages,
  resources: {
    resolutions: {
      name: 'Resolution |||| Resolutions',
      fields: {
        symbol: 'Symbol',
        title: 'Title',
        body: 'Body',
        sessionNumber: 'Session',
        resolutionNumber: 'Resolution number',
        adoptedOn: 'Adopted on',
        adoptedFrom: 'Adopted from',
        adoptedTo: 'Adopted until',
        meeting: 'Meeting',
        committeeReport: 'Committee report',
        agendaItemNumber: 'Agenda item',
        sourceFormat: 'Source format',
        sourceText: 'Source text',
        undocsUrl: 'Official document',
      },
    },
    obligations: {
      name: 'Obligation |||| Obligations',
      fields: {
        q: 'Search',
        kind: 'Kind',
        strength: 'Strength',
        actor: 'Actor',
        recipient: 'Recipient',
        dueBody: 'Due at (body)',
        dueSession: 'Due session',
        dueDate: 'Due date',
        recurrence: 'Recurrence',
        agendaItemTitle: 'Agenda item',
        status: 'Status',
        statusReason: 'Reason for the status',
        reviewState: 'Review',
        responsibleOffice: 'Responsible office',
        focalPoint: 'Focal point',
        overdue: 'Overdue',
        resolutionId: 'Resolution',
        quote: 'Clause',
        confidence: 'Confidence',
      },
    },
    documents: {
      name: 'Document |||| Documents',
      fields: {
        symbol: 'Symbol',
        kind: 'Kind',
        title: 'Title',
        issuedOn: 'Issued on',
        undocsUrl: 'Public address',
        obligations: 'Obligations it is linked to',
        obligation: 'Obligation',
        obligationKind: 'Kind',
        obligationStatus: 'Status',
        relation: 'Relation',
        evidence: 'Evidence',
      },
      helpers: {
        symbols: 'One symbol, or several as resolutions write them: A/62/307 and Corr.3',
        symbol: 'e.g. A/62/307/Corr.3',
        inferredKind: 'From the symbol (Corr., Add., RES; else report)',
        noEvidence: 'none recorded',
      },
      notifications: {
        recorded: 'Recorded %{recorded}',
        recordedSome: 'Recorded %{recorded}; already recorded: %{existing}',
      },
    },
    sessions: {
      name: 'Session |||| Sessions',
      fields: {
        body: 'Body',
        number: 'Session',
        opensOn: 'Opens on',
        closesOn: 'Closes on',
        current: 'Open today',
      },
      helpers: {
        closesOn: 'Empty: until the next session opens',
      },
      validation: {
        closesBeforeOpening: 'Must be on or after the opening day',
      },
    },
  },
};
