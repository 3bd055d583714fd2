import ApartmentIcon from '@mui/icons-material/Apartment';
import { OfficeCreate, OfficeEdit } from './OfficeEdit';
import { OfficeList } from './OfficeList';
import { OfficeSuggestionRuleCreate, OfficeSuggestionRuleEdit } from './OfficeSuggestionRuleForms';

/** The administrator's Offices screen: the offices, and under them the rules that suggest one from an actor. */
export default { list: OfficeList, edit: OfficeEdit, create: OfficeCreate, icon: ApartmentIcon, recordRepresentation: 'label' };

/** Edited from the Offices screen; no list of their own in the menu. */
export const officeSuggestionRules = { edit: OfficeSuggestionRuleEdit, create: OfficeSuggestionRuleCreate };
