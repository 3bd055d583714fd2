/** The kinds of document the API knows, as it names them. */
export const DOCUMENT_KIND_CHOICES = [
  { id: 'REPORT', name: 'Report' },
  { id: 'ADDENDUM', name: 'Addendum' },
  { id: 'CORRIGENDUM', name: 'Corrigendum' },
  { id: 'NOTE', name: 'Note' },
  { id: 'RESOLUTION', name: 'Resolution' },
  { id: 'OTHER', name: 'Other' },
];
