import KeyIcon from '@mui/icons-material/Key';
import PasswordIcon from '@mui/icons-material/Password';
import { ListItemIcon, ListItemText, MenuItem, Typography } from '@mui/material';
import { ROLE_LABELS, isRole } from '@mandate-tracker/contracts';
import { forwardRef, type ReactElement } from 'react';
import { Link } from 'react-router-dom';
import { Logout, UserMenu as RaUserMenu, useGetIdentity, useUserMenu } from 'react-admin';

const MenuLink = forwardRef<HTMLAnchorElement, { to: string; label: string; icon: ReactElement }>(({ to, label, icon }, ref) => {
  const menu = useUserMenu();
  return (
    <MenuItem component={Link} to={to} ref={ref} onClick={() => menu?.onClose()}>
      <ListItemIcon>{icon}</ListItemIcon>
      <ListItemText>{label}</ListItemText>
    </MenuItem>
  );
});
MenuLink.displayName = 'MenuLink';

/** Who is signed in and as what, their tokens and password, and sign-out. */
export const UserMenu = () => {
  const { identity } = useGetIdentity();
  const role = isRole(identity?.role) ? ROLE_LABELS[identity.role] : '';
  return (
    // The button shows the user's name: its accessible name must contain it (WCAG 2.5.3), not only "Profile".
    <RaUserMenu label={identity?.fullName ? `${identity.fullName}: account menu` : 'Account menu'}>
      <Typography variant="body2" sx={{ px: 2, py: 1 }} aria-label="Signed in as">
        {identity?.fullName}
        <br />
        <Typography component="span" variant="caption" color="text.secondary">
          {role}
        </Typography>
      </Typography>
      <MenuLink to="/tokens" label="API tokens" icon={<KeyIcon fontSize="small" />} />
      <MenuLink to="/account" label="Change password" icon={<PasswordIcon fontSize="small" />} />
      <Logout />
    </RaUserMenu>
  );
};
