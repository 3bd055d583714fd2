import GavelIcon from '@mui/icons-material/Gavel';
import { ResolutionCreate } from './ResolutionCreate';
import { ResolutionEdit } from './ResolutionEdit';
import { ResolutionList } from './ResolutionList';
import { ResolutionShow } from './ResolutionShow';

export default {
  list: ResolutionList,
  show: ResolutionShow,
  edit: ResolutionEdit,
  create: ResolutionCreate,
  icon: GavelIcon,
};
