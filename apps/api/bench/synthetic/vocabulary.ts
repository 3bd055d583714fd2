/** Words the synthetic resolutions are built from: topics, offices, preambular and operative phrasing as the seeds use them. */

export interface Topic {
  /** Title as printed, and the agenda item's title for the series. */
  title: string;
  /** "on <subject>" after "the report of the Secretary-General". */
  subject: string;
  /** Committee that reports on the item; null: adopted without reference to a Main Committee. */
  committee: string | null;
}

const SUBJECTS = [
  'assistance in mine action',
  'the safety and security of humanitarian personnel',
  'the rights of the child',
  'the situation of women and girls in rural areas',
  'violence against women migrant workers',
  'international cooperation on humanitarian assistance in the field of natural disasters',
  'the oceans and the law of the sea',
  'sustainable fisheries',
  'the elimination of racism and racial discrimination',
  'the follow-up to the International Conference on Financing for Development',
  'agricultural technology for sustainable development',
  'the protection of global climate for present and future generations',
  'the question of Western Sahara',
  'the United Nations Relief and Works Agency for Palestine Refugees in the Near East',
  'the effects of atomic radiation',
  'international cooperation in the peaceful uses of outer space',
  'the rule of law at the national and international levels',
  'measures to eliminate international terrorism',
  'crime prevention and criminal justice',
  'the world drug problem',
  'the promotion of new and renewable sources of energy',
  'the prevention of an arms race in outer space',
  'the illicit trade in small arms and light weapons in all its aspects',
  'nuclear disarmament',
  'the role of science and technology in the context of international security',
  'the strengthening of the coordination of emergency humanitarian assistance',
  'the implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples',
  'the human rights of persons with disabilities',
  'the right to development',
  'the improvement of the situation of women and girls in rural areas',
  'the culture of peace',
  'education for sustainable development',
  'the global road safety crisis',
  'the situation in Afghanistan',
  'cooperation between the United Nations and regional organizations',
  'the prevention of armed conflict',
  'the comprehensive review of special political missions',
  'literacy for life',
  'the eradication of rural poverty',
  'disaster risk reduction',
  'the harmful effects of sand and dust storms',
  'the protection of coral reefs for sustainable livelihoods',
  'information and communications technologies for sustainable development',
  'the financing of the United Nations peacekeeping operations',
  'the pattern of conferences',
  'the International Law Commission',
  'the Office of the United Nations High Commissioner for Refugees',
  'the situation of human rights defenders',
];

const COMMITTEES = [
  'First Committee',
  'Special Political and Decolonization Committee (Fourth Committee)',
  'Second Committee',
  'Third Committee',
  'Fifth Committee',
  'Sixth Committee',
];

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "the rights of the child" is titled "Rights of the child"; a topic keeps its title across its series. */
export const TOPICS: Topic[] = SUBJECTS.map((subject, index) => ({
  title: capitalise(subject.replace(/^the /, '')),
  subject,
  committee: index % 7 === 3 ? null : (COMMITTEES[index % COMMITTEES.length] as string),
}));

export const SC_SUBJECTS = [
  'the situation in the Middle East',
  'the situation in Somalia',
  'the situation in Libya',
  'the situation concerning the Democratic Republic of the Congo',
  'the situation in the Central African Republic',
  'the question concerning Haiti',
  'maintenance of international peace and security',
  'threats to international peace and security caused by terrorist acts',
  'children and armed conflict',
  'women and peace and security',
];

export const OFFICES = [
  'Office for the Coordination of Humanitarian Affairs',
  'Office of the United Nations High Commissioner for Human Rights',
  'Department of Economic and Social Affairs',
  'Office for Disarmament Affairs',
  'Department of Peace Operations',
  'Department of Political and Peacebuilding Affairs',
  'Office of Legal Affairs',
  'United Nations Office on Drugs and Crime',
  'United Nations Environment Programme',
  'United Nations Development Programme',
  'Mine Action Service',
  'Office for Outer Space Affairs',
];

export const PREAMBULAR_LEADS = [
  'Reaffirming',
  'Recognizing',
  'Noting with appreciation',
  'Deeply concerned',
  'Bearing in mind',
  'Stressing',
  'Emphasizing',
  'Welcoming',
  'Noting also',
  'Convinced',
  'Mindful',
  'Expressing concern',
];

export const PREAMBULAR_BODIES = [
  'the importance of international cooperation and coordination in the field of {subject}, and the primary responsibility of States in this regard',
  'that the United Nations has a significant role to play in the field of {subject}, in close cooperation with regional and subregional organizations',
  'the efforts made by Member States, the United Nations system and civil society to address {subject}, and the progress achieved since its previous resolution',
  'the serious and lasting social and economic consequences that the lack of progress on {subject} has for the populations concerned, including women and children',
  'the need to mobilize additional resources and to secure the best possible use of such resources, particularly at the national and local levels',
  'the contribution of {subject} to the 2030 Agenda for Sustainable Development and to the achievement of the Sustainable Development Goals',
  'the relevant provisions of the Charter of the United Nations and of international law, including international humanitarian law and international human rights law',
  'the work of the {office} and of the other entities of the United Nations system in supporting Member States, upon request',
];

/** Operative paragraphs that create no obligation. */
export const NEUTRAL_OPERATIVE = [
  ['Stresses', 'the importance of national ownership and of strengthening national capacities in the field of {subject}'],
  ['Recognizes', 'the progress made by Member States in addressing {subject}, and notes the challenges that remain'],
  ['Expresses its appreciation', 'to Governments, regional organizations and other donors for their financial and in-kind contributions'],
  ['Emphasizes', 'the role of the {office} as the focal point for {subject} within the United Nations system'],
  ['Takes note with appreciation', 'of the ongoing efforts to increase public awareness of {subject}'],
  ['Reaffirms', 'its commitment to {subject} and to the full implementation of its previous resolutions'],
  ['Notes', 'the continued cooperation of the United Nations with regional and subregional organizations in this regard'],
];

/** Hortatory calls on States: STATE_ACTION for the parser when asked to include them. */
export const STATE_CALLS = [
  [
    'Urges',
    'all Member States, in particular those that have the capacity to do so, to provide technical and financial assistance to the countries concerned in the field of {subject}',
  ],
  [
    'Calls upon',
    'all States to comply with their obligations under international law and to cooperate fully with the United Nations in matters of {subject}',
  ],
  [
    'Encourages',
    'Member States to develop and support national programmes, where appropriate, in cooperation with the relevant bodies of the United Nations system',
  ],
  ['Invites', 'Member States and other stakeholders to contribute to the voluntary trust fund for {subject}'],
  [
    'Appeals',
    'to Governments, regional organizations and other donors to continue and, whenever possible, increase their support through reliable, predictable and timely contributions',
  ],
];

/** Tasks for the Secretariat that are not reports. */
export const TASKS = [
  'Requests the {office} to continue to provide, upon request, technical assistance to Member States in the field of {subject}',
  'Requests the Secretary-General to continue to make the guidelines on {subject} widely available to United Nations entities and Member States',
  'Requests the Secretary-General to ensure the effective coordination of the activities of the United Nations system relating to {subject}',
  'Requests the {office} to develop, within existing resources, an online repository of good practices on {subject}',
];

export const MEETINGS = [
  'Decides to convene, at its {ordinal} session, a high-level meeting on {subject}, to be held at United Nations Headquarters',
  'Decides to hold, in {year}, an international conference on {subject}, and requests the Secretary-General to prepare it within existing resources',
];

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
