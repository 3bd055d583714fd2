import SettingsIcon from '@mui/icons-material/Settings';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Menu as RaMenu } from 'react-admin';

/** The resources, then the pages that are not resources: importing and this browser's settings. */
export const Menu = () => (
  <RaMenu>
    <RaMenu.DashboardItem />
    <RaMenu.ResourceItems />
    <RaMenu.Item to="/import" primaryText="Import" leftIcon={<UploadFileIcon />} />
    <RaMenu.Item to="/settings" primaryText="Settings" leftIcon={<SettingsIcon />} />
  </RaMenu>
);
