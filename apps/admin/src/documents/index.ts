import DescriptionIcon from '@mui/icons-material/Description';
import { lazyPage } from '../lazyPage';

export default {
  list: lazyPage(() => import('./DocumentList'), 'DocumentList'),
  show: lazyPage(() => import('./DocumentShow'), 'DocumentShow'),
  edit: lazyPage(() => import('./DocumentEdit'), 'DocumentEdit'),
  create: lazyPage(() => import('./DocumentCreate'), 'DocumentCreate'),
  icon: DescriptionIcon,
};
