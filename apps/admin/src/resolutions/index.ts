import GavelIcon from '@mui/icons-material/Gavel';
import { lazyPage } from '../lazyPage';

export default {
  list: lazyPage(() => import('./ResolutionList'), 'ResolutionList'),
  show: lazyPage(() => import('./ResolutionShow'), 'ResolutionShow'),
  edit: lazyPage(() => import('./ResolutionEdit'), 'ResolutionEdit'),
  create: lazyPage(() => import('./ResolutionCreate'), 'ResolutionCreate'),
  icon: GavelIcon,
};
