import AssignmentIcon from '@mui/icons-material/Assignment';
import { lazyPage } from '../lazyPage';

export default {
  list: lazyPage(() => import('./ObligationList'), 'ObligationList'),
  show: lazyPage(() => import('./ObligationShow'), 'ObligationShow'),
  edit: lazyPage(() => import('./ObligationEdit'), 'ObligationEdit'),
  icon: AssignmentIcon,
};
