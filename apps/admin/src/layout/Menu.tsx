import SettingsIcon from '@mui/icons-material/Settings';
import ViewAgendaIcon from '@mui/icons-material/ViewAgenda';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Menu as RaMenu } from 'react-admin';

/** The agenda first (where committee officers start), the resources, then importing and this browser's settings. */
export const Menu = () => (
  <RaMenu>
    <RaMenu.DashboardItem />
    <RaMenu.Item to="/agenda" primaryText="Agenda" leftIcon={<ViewAgendaIcon />} />
    <RaMenu.ResourceItems />
    <RaMenu.Item to="/import" primaryText="Import" leftIcon={<UploadFileIcon />} />
    <RaMenu.Item to="/settings" primaryText="Settings" leftIcon={<SettingsIcon />} />
  </RaMenu>
);
