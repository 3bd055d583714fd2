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
  },
};
