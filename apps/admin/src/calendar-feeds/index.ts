import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import { lazyPage } from '../lazyPage';

export default {
  list: lazyPage(() => import('./CalendarFeedList'), 'CalendarFeedList'),
  create: lazyPage(() => import('./CalendarFeedCreate'), 'CalendarFeedCreate'),
  icon: EventRepeatIcon,
};
