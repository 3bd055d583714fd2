import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import { CalendarFeedCreate } from './CalendarFeedCreate';
import { CalendarFeedList } from './CalendarFeedList';

export default {
  list: CalendarFeedList,
  create: CalendarFeedCreate,
  icon: EventRepeatIcon,
};
