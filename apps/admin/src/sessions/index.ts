import EventIcon from '@mui/icons-material/Event';
import type { RaRecord } from 'react-admin';
import { BODY_LABELS, labelOf } from '@mandate-tracker/contracts';
import { lazyPage } from '../lazyPage';

/** A number means nothing without its body: "Session 53 (Human Rights Council)". */
const recordRepresentation = (record: RaRecord) => `${record.number} (${labelOf(BODY_LABELS, record.body)})`;

/** No show page: a session is four fields, all on the list; administrators correct dates in the edit form. */
export default {
  list: lazyPage(() => import('./SessionList'), 'SessionList'),
  edit: lazyPage(() => import('./SessionEdit'), 'SessionEdit'),
  create: lazyPage(() => import('./SessionCreate'), 'SessionCreate'),
  icon: EventIcon,
  recordRepresentation,
};
