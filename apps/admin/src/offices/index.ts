import ApartmentIcon from '@mui/icons-material/Apartment';
import { lazyPage } from '../lazyPage';

/** The administrator's Offices screen: the offices, and under them the rules that suggest one from an actor. */
export default {
  list: lazyPage(() => import('./OfficeList'), 'OfficeList'),
  edit: lazyPage(() => import('./OfficeEdit'), 'OfficeEdit'),
  create: lazyPage(() => import('./OfficeEdit'), 'OfficeCreate'),
  icon: ApartmentIcon,
  recordRepresentation: 'label',
};

/** Edited from the Offices screen; no list of their own in the menu. */
export const officeSuggestionRules = {
  edit: lazyPage(() => import('./OfficeSuggestionRuleForms'), 'OfficeSuggestionRuleEdit'),
  create: lazyPage(() => import('./OfficeSuggestionRuleForms'), 'OfficeSuggestionRuleCreate'),
};
