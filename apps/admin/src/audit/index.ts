import HistoryIcon from '@mui/icons-material/History';
import { lazyPage } from '../lazyPage';

export default {
  list: lazyPage(() => import('./AuditLogList'), 'AuditLogList'),
  icon: HistoryIcon,
  options: { label: 'Audit log' },
};
