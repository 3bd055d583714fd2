import DescriptionIcon from '@mui/icons-material/Description';
import { DocumentCreate } from './DocumentCreate';
import { DocumentEdit } from './DocumentEdit';
import { DocumentList } from './DocumentList';
import { DocumentShow } from './DocumentShow';

export default {
  list: DocumentList,
  show: DocumentShow,
  edit: DocumentEdit,
  create: DocumentCreate,
  icon: DescriptionIcon,
};
