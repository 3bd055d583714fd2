import PeopleIcon from '@mui/icons-material/People';
import { lazyPage } from '../lazyPage';

export default {
  list: lazyPage(() => import('./UserList'), 'UserList'),
  edit: lazyPage(() => import('./UserEdit'), 'UserEdit'),
  create: lazyPage(() => import('./UserCreate'), 'UserCreate'),
  icon: PeopleIcon,
};
