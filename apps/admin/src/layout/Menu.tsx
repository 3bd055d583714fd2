import KeyIcon from '@mui/icons-material/Key';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import SettingsIcon from '@mui/icons-material/Settings';
import ViewAgendaIcon from '@mui/icons-material/ViewAgenda';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Menu as RaMenu, useCanAccess } from 'react-admin';

/** The agenda first (where committee officers start), the resources the role may see, then the pages that are not resources (compliance, importing, tokens, settings). */
export const Menu = () => {
  const { canAccess: canImport } = useCanAccess({ resource: 'import', action: 'create' });
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      <RaMenu.Item to="/agenda" primaryText="Agenda" leftIcon={<ViewAgendaIcon />} />
      <RaMenu.ResourceItems />
      <RaMenu.Item to="/compliance" primaryText="Compliance" leftIcon={<FactCheckIcon />} />
      {canImport && <RaMenu.Item to="/import" primaryText="Import" leftIcon={<UploadFileIcon />} />}
      <RaMenu.Item to="/tokens" primaryText="API tokens" leftIcon={<KeyIcon />} />
      <RaMenu.Item to="/settings" primaryText="Settings" leftIcon={<SettingsIcon />} />
    </RaMenu>
  );
};
