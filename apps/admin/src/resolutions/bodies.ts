/** The organs whose resolutions the tracker holds, as the API names them. */
export const BODY_CHOICES = [
  { id: 'GENERAL_ASSEMBLY', name: 'General Assembly' },
  { id: 'SECURITY_COUNCIL', name: 'Security Council' },
  { id: 'ECONOMIC_AND_SOCIAL_COUNCIL', name: 'Economic and Social Council' },
  { id: 'HUMAN_RIGHTS_COUNCIL', name: 'Human Rights Council' },
];

export const SOURCE_FORMAT_CHOICES = [
  { id: 'PDF_TEXT', name: 'Text from PDF' },
  { id: 'WORD_TEXT', name: 'Word-processor export' },
  { id: 'MARKDOWN', name: 'Markdown' },
  { id: 'HTML', name: 'HTML' },
  { id: 'PLAIN', name: 'Plain text' },
];
